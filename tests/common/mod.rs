//! What the integration tests share: running the real binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `dechaff` with `args`, `stdin` written from a thread (so large inputs
/// cannot deadlock against a full stdout pipe), and collects its output. The
/// command may exit before reading all its input (a bad flag): that is fine.
pub fn dechaff(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dechaff"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("the binary finishes");
    writer.join().expect("the writer thread finishes");
    output
}

/// `bytes` compressed as one gzip member.
#[allow(dead_code)] // Each test binary compiles this module; not all of them compress.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}
