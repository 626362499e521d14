//! What the integration tests share: running the real binary.

use std::io::Write;
use std::process::{Child, ChildStdin, Command, Output, Stdio};

/// Runs `dechaff` with `args`, `stdin` written from a thread (so large inputs
/// cannot deadlock against a full stdout pipe), and collects its output. The
/// command may exit before reading all its input (a bad flag): that is fine.
pub fn dechaff(args: &[&str], stdin: &[u8]) -> Output {
    run(Command::new(env!("CARGO_BIN_EXE_dechaff")).args(args), stdin)
}

/// Runs `command` as [`dechaff`] runs the binary: `stdin` written from a thread.
pub fn run(command: &mut Command, stdin: &[u8]) -> Output {
    let input = stdin.to_vec();
    run_fed(command, move |mut pipe| {
        let _ = pipe.write_all(&input);
    })
    .0
}

/// Runs `dechaff` with `args` while `feed` writes its stdin from a thread;
/// returns its output and what `feed` returned (how much it could write, say).
#[allow(dead_code)] // Each test binary compiles this module; not all of them feed a stream.
pub fn dechaff_fed<T: Send + 'static>(args: &[&str], feed: impl FnOnce(ChildStdin) -> T + Send + 'static) -> (Output, T) {
    run_fed(Command::new(env!("CARGO_BIN_EXE_dechaff")).args(args), feed)
}

fn run_fed<T: Send + 'static>(command: &mut Command, feed: impl FnOnce(ChildStdin) -> T + Send + 'static) -> (Output, T) {
    let mut child = spawn(command);
    let pipe = child.stdin.take().expect("stdin is piped");
    let writer = std::thread::spawn(move || feed(pipe));
    let output = child.wait_with_output().expect("the command finishes");
    (output, writer.join().expect("the writer thread finishes"))
}

/// `command` started with its stdin, stdout and stderr piped.
pub fn spawn(command: &mut Command) -> Child {
    command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("the command runs")
}

/// `bytes` compressed as one gzip member.
#[allow(dead_code)] // Each test binary compiles this module; not all of them compress.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// One WARC record holding an HTTP message, as a WARC writer lays it out.
#[allow(dead_code)] // Only the batch tests write WARC.
pub fn warc_record(kind: &str, id: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    warc_record_of(kind, id, uri, "application/http; msgtype=response", block)
}

/// One WARC record whose block is of the media type `content_type`.
#[allow(dead_code)] // Only the batch tests write WARC.
pub fn warc_record_of(kind: &str, id: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut record = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

/// An HTTP/1.1 200 response carrying `body`.
#[allow(dead_code)] // Only the batch tests write WARC.
pub fn http(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut message = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
    message.extend_from_slice(body);
    message
}
