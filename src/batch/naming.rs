//! Output file names under `--output-dir`: one per input, never shared,
//! never outside the directory, never an input.
//!
//! A page file keeps its path below the directory it was found in (or the
//! path it was given by) without its extensions: `news/a.html.gz` writes
//! `news/a.txt`. Where two inputs would share that name (`story.html` and
//! `story.htm`), both keep their extensions: `story.html.txt`,
//! `story.htm.txt` (and then so does `story.html.txt`, whose name they take);
//! names that differ only in case share a name here (`Story.html` and
//! `story.htm`), since macOS's and Windows's file systems hold them as one,
//! and the same inputs get the same names on every system. A JSON Lines or WARC page is named after its id,
//! percent-encoded so that two ids never share a name. Whatever still
//! collides (the same id twice, an output that is an input) is refused by
//! [`OutputDir::claim`], so a page becomes an error record rather than
//! overwriting a file.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// An id's file name is at most this many bytes before its hash: file systems
/// allow 255 bytes, and the hash and the format's extension need room.
const MAX_ID_NAME_BYTES: usize = 200;

/// The path an input file given by name mirrors: its normal components, with
/// a root dropped and `..` spelled `%2E%2E` so that the output stays inside the
/// output directory.
pub(super) fn mirrored(path: &Path) -> PathBuf {
    path.components()
        .filter_map(|component| match component {
            Component::Normal(part) => Some(OsString::from(part)),
            Component::ParentDir => Some(OsString::from("%2E%2E")),
            Component::RootDir | Component::Prefix(_) | Component::CurDir => None,
        })
        .collect()
}

/// The deepest directory that holds all of `paths`, compared component by component.
pub(super) fn shared_parent(paths: &[&Path]) -> PathBuf {
    let mut parents = paths.iter().map(|path| path.parent().unwrap_or(Path::new("")));
    let Some(first) = parents.next() else { return PathBuf::new() };
    let mut shared: Vec<Component> = first.components().collect();
    for parent in parents {
        let common = shared.iter().zip(parent.components()).take_while(|(a, b)| *a == b).count();
        shared.truncate(common);
    }
    shared.iter().collect()
}

/// `news/a.html.gz` to `news/a`: the name an output file gets before its
/// format's extension. A name of dots before its extension (`..html`) keeps
/// it: without, it would be `.` and name its directory.
pub(super) fn strip_extensions(relative: &Path) -> PathBuf {
    let Some(file_name) = relative.file_name() else { return relative.to_path_buf() };
    let mut stem = PathBuf::from(file_name);
    if stem.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        stem.set_extension("");
    }
    stem.set_extension("");
    if matches!(stem.to_str(), Some("" | "." | "..")) {
        return relative.to_path_buf();
    }
    relative.with_file_name(stem)
}

/// Output names for page files: each path without its extensions, except
/// where two names would then be the same in any case, which keep them;
/// again until no two are (`a.html` and `A.htm` keep theirs, and then so
/// does `a.html.txt`, whose name they took). Each name changes once at most,
/// and only the names it meets are looked at again: no pass over all names
/// per change. Two paths that differ only in case (`A.html`, `a.html`) keep
/// names that do, which [`OutputDir::claim`] tells apart where the file
/// system does not.
pub(super) fn page_names(relatives: &[&Path]) -> Vec<PathBuf> {
    let mut names: Vec<PathBuf> = relatives.iter().map(|r| strip_extensions(r)).collect();
    let mut holders: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        holders.entry(case_folded(name)).or_default().push(i);
    }
    let mut shared: Vec<PathBuf> = holders.iter().filter(|(_, held)| held.len() > 1).map(|(name, _)| name.clone()).collect();
    while let Some(name) = shared.pop() {
        let Some(held) = holders.get_mut(&name) else { continue };
        // A page named by its whole path keeps it; the others take their paths.
        let (staying, moving): (Vec<usize>, Vec<usize>) = held.iter().partition(|&&i| names[i] == relatives[i]);
        *held = staying;
        for i in moving {
            let full = relatives[i].to_path_buf();
            let holders_of_full = holders.entry(case_folded(&full)).or_default();
            holders_of_full.push(i);
            if holders_of_full.len() == 2 {
                shared.push(case_folded(&full));
            }
            names[i] = full;
        }
    }
    names
}

/// `path` in lower case: the name a file system that ignores case (macOS's,
/// Windows's) gives it.
fn case_folded(path: &Path) -> PathBuf {
    PathBuf::from(path.to_string_lossy().to_lowercase())
}

/// An id made a file name: bytes other than ASCII letters, digits, `-`, `_`
/// and a `.` that does not lead are percent-encoded, so distinct ids give
/// distinct names and none is `.`, `..` or hidden. An empty id is `%`.
/// A name over [`MAX_ID_NAME_BYTES`] is cut and given a hash of the whole id.
pub(super) fn id_file_name(id: &str) -> PathBuf {
    let mut name = String::with_capacity(id.len());
    for (i, byte) in id.bytes().enumerate() {
        if byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_' || (byte == b'.' && i > 0) {
            name.push(char::from(byte));
        } else {
            name.push_str(&format!("%{byte:02X}"));
        }
    }
    if name.is_empty() {
        name.push('%');
    }
    if name.len() > MAX_ID_NAME_BYTES {
        name.truncate(MAX_ID_NAME_BYTES);
        name.push_str(&format!("~{:016x}", fnv1a(id.as_bytes())));
    }
    PathBuf::from(name)
}

/// The 64-bit FNV-1a hash: short names and ids for content that has none,
/// the same on every machine and Rust version.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET_BASIS, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(PRIME))
}

/// The output directory of one batch: which files it wrote, and which
/// files it must never write because they are inputs.
pub(super) struct OutputDir {
    /// The directory, canonical.
    dir: PathBuf,
    /// The canonical paths of every input file.
    inputs: BTreeSet<PathBuf>,
    /// The files written so far in this run.
    written: BTreeSet<PathBuf>,
    /// Whether the directory's file system holds `A.txt` and `a.txt` as one
    /// file (macOS's and Windows's do): then paths are compared case-folded.
    ignores_case: bool,
}

impl OutputDir {
    /// Creates `dir` if needed.
    pub(super) fn create(dir: &Path, inputs: BTreeSet<PathBuf>) -> std::io::Result<OutputDir> {
        std::fs::create_dir_all(dir)?;
        let dir = dir.canonicalize()?;
        let ignores_case = ignores_case(&dir);
        let inputs = if ignores_case { inputs.iter().map(|input| case_folded(input)).collect() } else { inputs };
        Ok(OutputDir { dir, inputs, written: BTreeSet::new(), ignores_case })
    }

    /// The path for output `name` with `extension` appended, its directory
    /// created; an error when it would overwrite an input or a file this run
    /// wrote, or lie outside the directory.
    pub(super) fn claim(&mut self, name: &Path, extension: &str) -> Result<PathBuf, String> {
        let mut file_name = name.file_name().map(OsString::from).ok_or_else(|| format!("no file name in {}", name.display()))?;
        file_name.push(".");
        file_name.push(extension);
        let parent = self.dir.join(name.parent().unwrap_or(Path::new("")));
        std::fs::create_dir_all(&parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        // Canonical, so that a symbolic link in the tree cannot lead outside or onto an input.
        let parent = parent.canonicalize().map_err(|e| format!("cannot resolve {}: {e}", parent.display()))?;
        let path = parent.join(file_name);
        if !path.starts_with(&self.dir) {
            return Err(format!("the output {} would lie outside the output directory", path.display()));
        }
        let key = if self.ignores_case { case_folded(&path) } else { path.clone() };
        if self.inputs.contains(&key) {
            return Err(format!("the output {} is an input; choose another --output-dir", path.display()));
        }
        if !self.written.insert(key) {
            let alike = if self.ignores_case { "one name or id, in upper or lower case, which this file system holds as one" } else { "one name or id" };
            return Err(format!("the output {} was written by an earlier page of this run (two pages with {alike})", path.display()));
        }
        Ok(path)
    }
}

/// Whether `dir`'s file system ignores case in names: a file made there under
/// a lower-case name is found under the upper-case one. (Where none can be
/// made, nothing can be written either, and the answer does not matter.)
fn ignores_case(dir: &Path) -> bool {
    let probe = dir.join(format!(".dechaff-case-probe-{}", std::process::id()));
    if std::fs::OpenOptions::new().write(true).create_new(true).open(&probe).is_err() {
        return false;
    }
    let found = dir.join(probe.file_name().unwrap_or_default().to_string_lossy().to_uppercase()).exists();
    let _ = std::fs::remove_file(&probe);
    found
}

/// Numbers the temporary files of one process, so that no two share a name.
static TEMPORARY_FILES: AtomicU64 = AtomicU64::new(0);

/// Writes `contents` to `path` by way of a new file beside it, renamed over
/// it: a crash never leaves half an output, and a symbolic link standing at
/// `path` (to a file outside the output directory, or to an input) is
/// replaced, not followed and overwritten. The new file's name is short
/// whatever `path`'s is: an output may bear a name as long as the file
/// system allows, and one built from it would not fit.
pub(super) fn write_replacing(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let number = TEMPORARY_FILES.fetch_add(1, Ordering::Relaxed);
    let temporary = path.with_file_name(format!(".dechaff-{}-{number}.partial", std::process::id()));
    // A run that crashed may have left one; `create_new` follows no link that stands there.
    let _ = std::fs::remove_file(&temporary);
    let written = std::fs::OpenOptions::new().write(true).create_new(true).open(&temporary).and_then(|mut file| {
        std::io::Write::write_all(&mut file, contents)?;
        std::fs::rename(&temporary, path)
    });
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_extensions_unless_two_would_then_be_one() {
        let relatives = [Path::new("story.html"), Path::new("story.htm"), Path::new("story.html.gz"), Path::new("news/a.html.gz")];
        let names = page_names(&relatives);
        assert_eq!(names, [PathBuf::from("story.html"), "story.htm".into(), "story.html.gz".into(), "news/a".into()]);
    }

    #[test]
    fn a_name_that_two_others_gave_up_keeps_its_extension_too() {
        // "a.html.txt" lost its extension to become "a.html", the name "a.html" kept.
        let relatives = [Path::new("a.html"), Path::new("a.htm"), Path::new("a.html.txt"), Path::new("b.html")];
        assert_eq!(page_names(&relatives), [PathBuf::from("a.html"), "a.htm".into(), "a.html.txt".into(), "b".into()]);
        // A chain of names, each its neighbour's without an extension, and a file given twice.
        let chain: Vec<PathBuf> = (0..2000).map(|n| PathBuf::from(format!("a{}", ".x".repeat(n)))).collect();
        let relatives: Vec<&Path> = chain.iter().map(PathBuf::as_path).chain([Path::new("b.html"), Path::new("b.html")]).collect();
        let names = page_names(&relatives);
        assert_eq!(&names[..2000], &chain[..]);
        assert_eq!(&names[2000..], [PathBuf::from("b.html"), "b.html".into()]);
    }

    #[test]
    fn names_that_differ_only_in_case_keep_their_extensions() {
        let relatives = [Path::new("Story.html"), Path::new("story.htm"), Path::new("news/A.html"), Path::new("news/b.html")];
        assert_eq!(page_names(&relatives), [PathBuf::from("Story.html"), "story.htm".into(), "news/A".into(), "news/b".into()]);
    }

    /// Once, on a file system that ignores case, `Story.html` and `story.htm`
    /// were written to `Story.txt` and `story.txt`, one file, and the second
    /// page's output replaced the first's.
    #[test]
    fn where_the_file_system_ignores_case_two_outputs_differing_only_in_case_are_refused() {
        let dir = std::env::temp_dir().join(format!("dechaff-case-{}", std::process::id()));
        let mut output = OutputDir::create(&dir, BTreeSet::new()).unwrap();
        assert!(!dir.read_dir().unwrap().any(|entry| entry.unwrap().file_name().to_string_lossy().contains("probe")));
        output.ignores_case = true;
        output.inputs = [case_folded(&output.dir.join("input.html.txt"))].into();
        assert!(output.claim(Path::new("A"), "txt").is_ok());
        assert!(output.claim(Path::new("a"), "txt").is_err());
        assert!(output.claim(Path::new("INPUT.html"), "txt").is_err());
        // Near miss: where the file system tells case apart, both are written.
        output.ignores_case = false;
        assert!(output.claim(Path::new("B"), "txt").is_ok());
        assert!(output.claim(Path::new("b"), "txt").is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_name_of_dots_before_its_extension_keeps_it_and_stays_in_its_directory() {
        // "sub/..html" was written as "sub.txt", beside its directory.
        assert_eq!(strip_extensions(Path::new("sub/..html")), PathBuf::from("sub/..html"));
        assert_eq!(strip_extensions(Path::new("sub/...html.gz")), PathBuf::from("sub/...html.gz"));
        // Near misses: a hidden file's name and a plain one.
        assert_eq!(strip_extensions(Path::new("sub/.page.html")), PathBuf::from("sub/.page"));
        assert_eq!(strip_extensions(Path::new("sub/a.html")), PathBuf::from("sub/a"));
    }

    #[test]
    fn ids_are_percent_encoded_so_distinct_ids_stay_distinct() {
        assert_eq!(id_file_name("a/b"), PathBuf::from("a%2Fb"));
        assert_eq!(id_file_name("a_b"), PathBuf::from("a_b"));
        assert_eq!(id_file_name("../x"), PathBuf::from("%2E.%2Fx"));
        assert_eq!(id_file_name(".."), PathBuf::from("%2E."));
        assert_eq!(id_file_name(""), PathBuf::from("%"));
        assert_eq!(id_file_name("v1.2"), PathBuf::from("v1.2"));
    }

    #[test]
    fn a_long_id_is_cut_and_hashed() {
        let (a, b) = ("x".repeat(300), format!("{}y", "x".repeat(299)));
        let (name_a, name_b) = (id_file_name(&a), id_file_name(&b));
        assert_ne!(name_a, name_b);
        assert!(name_a.as_os_str().len() <= MAX_ID_NAME_BYTES + 17);
    }

    #[test]
    fn files_given_together_share_their_deepest_common_directory() {
        let shared = |paths: &[&str]| shared_parent(&paths.iter().map(Path::new).collect::<Vec<_>>());
        assert_eq!(shared(&["x/story.html", "y/story.html"]), PathBuf::new());
        assert_eq!(shared(&["/data/pages/a.html", "/data/pages/b.html"]), PathBuf::from("/data/pages"));
        assert_eq!(shared(&["/data/pages/a.html", "/data/more/b.html"]), PathBuf::from("/data"));
    }

    #[test]
    fn given_paths_are_mirrored_inside() {
        assert_eq!(mirrored(Path::new("/data/x/story.html")), PathBuf::from("data/x/story.html"));
        assert_eq!(mirrored(Path::new("../y/./a.html")), PathBuf::from("%2E%2E/y/a.html"));
    }
}
