//! The `dechaff` binary as a shell pipeline sees it: stdin and files, formats,
//! exit codes, and messages on stderr.

mod common;

use std::io::Write;
use std::process::Output;

use common::dechaff;

const ARTICLE: &str = "<html><head><title>Bridge vote - Gazette</title></head><body>\
    <nav><a href=/>Home</a> <a href=/news>News</a></nav>\
    <article><h1>Bridge vote</h1><p>The council met on Tuesday evening and agreed, after a long debate about \
    the budget and the roads, that the new bridge would be built over the river before the end of the year.</p>\
    <p>Work will start in the spring, and the old bridge will stay open to traffic until the new one is ready.</p></article>\
    <footer>© 2024 Gazette. All rights reserved.</footer></body></html>";

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).unwrap()
}

#[test]
fn html_on_stdin_gives_the_body_and_nothing_on_stderr() {
    let out = dechaff(&[], ARTICLE.as_bytes());
    assert!(out.status.success());
    assert!(out.stderr.is_empty());
    assert!(stdout(&out).starts_with("The council met on Tuesday"));
    assert!(stdout(&out).ends_with("until the new one is ready.\n"));
    assert_eq!(stdout(&out).matches("\n\n").count(), 1, "two paragraphs, one blank line between");
    assert!(!stdout(&out).contains("Home") && !stdout(&out).contains("©"));
}

/// Standard input can be read once. Once, `dechaff - -` printed the page,
/// then a second, empty record with the same id, and exited 0.
#[test]
fn standard_input_named_twice_is_a_usage_error() {
    let out = dechaff(&["-", "-"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("named more than once"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
    // Near miss: once, beside a file, it is one input of a batch.
    let path = std::env::temp_dir().join(format!("dechaff-cli-dash-{}.html", std::process::id()));
    std::fs::write(&path, ARTICLE).unwrap();
    let out = dechaff(&["-", path.to_str().unwrap()], ARTICLE.as_bytes());
    std::fs::remove_file(&path).unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out).lines().count(), 2);
}

#[test]
fn a_file_argument_and_dash_read_the_same_page() {
    let path = std::env::temp_dir().join(format!("dechaff-cli-{}.html", std::process::id()));
    std::fs::write(&path, ARTICLE).unwrap();
    let from_file = dechaff(&[path.to_str().unwrap()], b"");
    let from_dash = dechaff(&["-"], ARTICLE.as_bytes());
    std::fs::remove_file(&path).unwrap();
    assert!(from_file.status.success());
    assert_eq!(from_file.stdout, from_dash.stdout);
}

#[test]
fn with_title_puts_the_title_first() {
    let out = dechaff(&["--with-title"], ARTICLE.as_bytes());
    assert!(stdout(&out).starts_with("Bridge vote\n\nThe council"));
}

#[test]
fn json_has_metadata_text_and_labelled_blocks_in_a_stable_key_order() {
    let out = dechaff(&["--format", "json"], ARTICLE.as_bytes());
    let text = stdout(&out);
    let keys: Vec<usize> = ["\"title\"", "\"byline\"", "\"date\"", "\"site\"", "\"lang\"", "\"text\"", "\"blocks\""]
        .iter()
        .map(|k| text.find(k).unwrap_or_else(|| panic!("{k} missing")))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "keys out of order");
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(value["title"], "Bridge vote");
    let labels: Vec<&str> = value["blocks"].as_array().unwrap().iter().map(|b| b["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["navigation", "title", "body", "body", "legal"]);
}

#[test]
fn explain_lists_every_block_with_keep_or_drop() {
    let out = dechaff(&["--explain"], ARTICLE.as_bytes());
    let text = stdout(&out);
    assert!(text.starts_with("5 blocks, 2 kept\n"));
    assert_eq!(text.matches(" KEEP body ").count(), 2);
    assert!(text.contains(" DROP legal "));
    assert!(text.contains("[evidence/in-container]"), "each block names the rule that decided it:\n{text}");
    // And the metadata where it came from: the <h1> that agrees with the <title>; no byline, no date.
    assert!(text.lines().any(|line| line == "metadata: title from meta/visible-title"), "{text}");
    let json: serde_json::Value = serde_json::from_str(stdout(&dechaff(&["-f", "json"], ARTICLE.as_bytes()))).unwrap();
    assert_eq!(json["sources"], serde_json::json!({"title": "meta/visible-title", "byline": null, "date": null}));
}

#[test]
fn a_switched_off_rule_changes_the_output_and_an_unknown_one_is_exit_2() {
    let listed = dechaff(&["--list-rules"], b"");
    assert!(stdout(&listed).lines().any(|line| line.starts_with("hints/tag ")));
    // Without the <nav> hint and the footer's legal pattern, the menu and the
    // footer are judged by links and place alone; the article stays.
    let out = dechaff(&["--explain", "--disable", "hints/tag,evidence/pattern-legal"], ARTICLE.as_bytes());
    assert!(!stdout(&out).contains("[hints/tag]") && !stdout(&out).contains("[evidence/pattern-legal]"), "{}", stdout(&out));
    let unknown = dechaff(&["--disable", "tail/no-such-rule"], ARTICLE.as_bytes());
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("tail/no-such-rule"));
}

#[test]
fn markdown_keeps_headings_and_list_items() {
    let page = format!("{}<ul><li>first point of the list</li></ul>", ARTICLE.replace("<p>Work", "<h2>Next steps</h2><p>Work"));
    let out = dechaff(&["--format", "markdown", "--input", "html"], page.as_bytes());
    assert!(stdout(&out).contains("## Next steps\n\n"), "{}", stdout(&out));
}

#[test]
fn with_metadata_puts_front_matter_first() {
    let page = ARTICLE.replace("<head>", "<head><meta property='article:published_time' content='2024-05-02T07:15:00+01:00'>");
    let out = dechaff(&["--with-metadata"], page.as_bytes());
    assert!(stdout(&out).starts_with("---\ntitle: \"Bridge vote\"\ndate: \"2024-05-02T07:15:00+01:00\"\nlang: \"en\"\npage_type: \"article\"\n---\n\nThe council"), "{}", stdout(&out));
}

/// Once, dechaff's own `--with-metadata` output, cleaned again (a pipeline
/// that runs it twice), gave `---` as its title and lost its byline, dates
/// and site: a text's front matter is now the page's head.
#[test]
fn with_metadata_output_cleaned_again_keeps_its_metadata() {
    let head = "<head><meta property='article:published_time' content='2024-05-02T07:15:00+01:00'>\
        <meta name='author' content='Martha Quill'><meta property='og:site_name' content='The \"Valley\" Gazette'>\
        <meta name='description' content='The vote, and what it means.'>";
    let page = ARTICLE.replace("<head>", head);
    let once = dechaff(&["--with-metadata"], page.as_bytes());
    let twice = dechaff(&["--with-metadata", "--input", "text"], &once.stdout);
    let metadata = |out: &str| out.lines().skip(1).take_while(|line| *line != "---").filter(|line| !line.starts_with("page_type")).map(str::to_string).collect::<Vec<_>>();
    let first = metadata(stdout(&once));
    assert!(first.iter().any(|line| line == "site: \"The \\\"Valley\\\" Gazette\""), "{first:?}");
    assert_eq!(metadata(stdout(&twice)), first);
    // With the rule off, the front matter's first line is the text's title.
    let off = dechaff(&["--with-metadata", "--input", "text", "--disable", "context/front-matter"], &once.stdout);
    assert!(stdout(&off).starts_with("---\ntitle: \"---\""), "{}", stdout(&off));
}

#[test]
fn links_are_kept_in_markdown_only_with_the_flag() {
    let page = ARTICLE.replace("<p>Work will start", "<p>Work, <a href='/plan'>says the plan</a>, will start");
    let with = dechaff(&["-f", "markdown", "--links"], page.as_bytes());
    let without = dechaff(&["-f", "markdown"], page.as_bytes());
    assert!(stdout(&with).contains("[says the plan](/plan)"), "{}", stdout(&with));
    assert!(stdout(&without).contains("Work, says the plan, will start"), "{}", stdout(&without));
}

#[test]
fn images_and_links_resolve_against_the_base_url_and_flags_that_do_nothing_are_exit_2() {
    let page = ARTICLE.replace("<p>Work will start", "<p><img src='../img/bridge.jpg' alt='The bridge'>Work, <a href='plan'>says the plan</a>, will start");
    let markdown = dechaff(&["-f", "markdown", "--links", "--images", "--base-url", "https://gazette.example/news/bridge"], page.as_bytes());
    assert!(stdout(&markdown).contains("![The bridge](https://gazette.example/img/bridge.jpg)\n\nWork, [says the plan](https://gazette.example/news/plan)"), "{}", stdout(&markdown));
    let json = dechaff(&["-f", "json", "--images"], page.as_bytes());
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["images"], serde_json::json!([{"src": "../img/bridge.jpg", "alt": "The bridge"}]));
    for args in [&["--images"][..], &["-f", "markdown", "--base-url", "https://x.example/"], &["-f", "markdown", "--links", "--base-url", "not a url"], &["-f", "markdown", "--links", "--base-url", "javascript:alert(1)"]] {
        let out = dechaff(args, page.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty() && !out.stderr.is_empty());
    }
}

#[test]
fn plain_text_is_sniffed_and_forced_input_kinds_are_obeyed() {
    let text = b"The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built over the river before the end of the year.\n";
    let auto = dechaff(&[], text);
    assert_eq!(auto.stdout, text);
    // The same bytes, read as HTML and as text: the tags are markup in one and words in the other.
    let page = b"The council <b>met</b> on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built over the river before the end of the year.\n";
    let forced_html = dechaff(&["--input", "html"], page);
    let forced_text = dechaff(&["--input", "text"], page);
    assert!(forced_html.status.success() && forced_text.status.success());
    assert!(stdout(&forced_html).starts_with("The council met on Tuesday"), "{}", stdout(&forced_html));
    assert_eq!(forced_text.stdout, page, "text is printed as it came, tags and all");
}

/// Once, a page's text run together after the data its scripts held
/// (`document.body.textContent` of a Next.js page, all on one line) was
/// taken for a JSON Lines record on standard input, and gave an error.
#[test]
fn text_after_a_json_object_on_one_line_is_a_page_not_a_json_lines_record() {
    let text = b"{\"props\":{\"pageProps\":{\"id\":7}}}The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built over the river before the end of the year.";
    let out = dechaff(&[], text);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(stdout(&out).contains("The council met on Tuesday"), "{}", stdout(&out));
    // Near miss: a JSON Lines record alone on its line is still one.
    let record = dechaff(&[], b"{\"id\": 1, \"text\": \"x\"}\n");
    assert!(stdout(&record).starts_with("{\"id\":\"1\""), "{}", stdout(&record));
}

#[test]
fn a_missing_file_is_exit_2_with_its_name_on_stderr() {
    let out = dechaff(&["/no/such/page.html"], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/no/such/page.html"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn an_unknown_encoding_label_is_exit_2() {
    let out = dechaff(&["--encoding", "klingon-8"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("klingon-8"));
}

#[test]
fn a_forced_encoding_is_used() {
    let out = dechaff(&["--encoding", "windows-1252", "--input", "text"], b"caf\xe9 au lait and croissants, said the owner of the little shop on the square, are what sells best.\n");
    assert!(stdout(&out).contains("café"), "{}", stdout(&out));
}

#[test]
fn a_bad_flag_is_exit_2() {
    let out = dechaff(&["--no-such-flag"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.is_empty());
}

#[test]
fn a_page_with_no_article_is_empty_and_exit_0_unless_fail_empty() {
    let page = b"<nav><a href=/>Home</a> <a href=/a>About</a></nav>";
    let out = dechaff(&[], page);
    assert_eq!((out.status.code(), out.stdout.len()), (Some(0), 0));
    let out = dechaff(&["--fail-empty"], page);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_timeout_that_is_no_finite_number_is_a_usage_error_and_none_means_no_limit() {
    for bad in ["inf", "1e20", "nan", "-1", "soon"] {
        let out = dechaff(&[&format!("--timeout={bad}"), "-f", "jsonl"], ARTICLE.as_bytes());
        assert_eq!(out.status.code(), Some(2), "--timeout {bad}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--timeout"), "--timeout {bad}");
    }
    let out = dechaff(&["--timeout", "none", "-f", "jsonl"], ARTICLE.as_bytes());
    assert!(out.status.success() && stdout(&out).contains("The council met"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Runs dechaff with `args` on `stdin` after closing the reading end of its stdout.
fn run_with_closed_stdout(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = common::spawn(std::process::Command::new(env!("CARGO_BIN_EXE_dechaff")).args(args));
    drop(child.stdout.take());
    // A closed pipe may stop the writer before the input is all written.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_stdout_pipe_in_a_json_lines_batch_exits_0_quietly() {
    let record = serde_json::json!({"id": "a", "html": ARTICLE}).to_string() + "\n";
    let out = run_with_closed_stdout(&["-f", "jsonl", "--input", "jsonl"], record.repeat(3000).as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_closed_stdout_pipe_exits_0_quietly() {
    let out = run_with_closed_stdout(&["--explain"], ARTICLE.repeat(2000).as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn flags_that_do_nothing_with_the_others_given_are_usage_errors() {
    let cases: [(&[&str], &str); 6] = [
        (&["--links"], "--links"),
        (&["--with-title", "-f", "json"], "--with-title"),
        (&["--explain", "-f", "json"], "--explain"),
        (&["--glob", "*.html"], "--glob"),
        (&["--jobs", "2"], "--jobs"),
        (&["--explain", "-f", "jsonl"], "--explain"),
    ];
    for (args, named) in cases {
        let out = dechaff(args, ARTICLE.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(named), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let out = dechaff(&["-j", "0", "-f", "jsonl"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(2), "no workers is no batch");
}

#[test]
fn max_bytes_and_timeout_hold_for_one_page_too() {
    let out = dechaff(&["--max-bytes", "10"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--max-bytes 10"));
    assert_eq!(dechaff(&["--timeout", "0"], ARTICLE.as_bytes()).status.code(), Some(1));
}

#[test]
fn a_page_over_a_timeout_under_a_tenth_of_a_second_is_not_reported_as_taking_0_0_s() {
    for args in [&["--timeout", "0.000001"][..], &["--timeout", "0.000001", "-f", "jsonl"]] {
        let out = dechaff(args, ARTICLE.as_bytes());
        let errors = format!("{}{}", String::from_utf8_lossy(&out.stderr), stdout(&out));
        assert!(errors.contains("over --timeout 1µs") && !errors.contains("0.0 s"), "{args:?}: {errors}");
    }
}

#[test]
fn progress_off_a_terminal_prints_plain_lines_with_whole_rates() {
    let out = dechaff(&["--progress", "--input", "jsonl"], b"{\"text\": \"One line of text, long enough to be kept as a page.\"}\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr.lines().find(|l| l.contains("pages/s")).unwrap_or_else(|| panic!("no progress line: {stderr}"));
    assert!(line.starts_with("dechaff: 1 pages, 0 failed") && !line.contains('.'), "{line}");
}

#[test]
fn front_matter_escapes_noncharacters_that_yaml_forbids_and_drops_controls() {
    // With the encoding forced, a C1 control is read as itself (not as Windows-1252's en dash), and dropped unseen.
    let page = ARTICLE.replace("Bridge vote", "Bridge\u{96}vote\u{7f} \u{ffff}");
    let out = dechaff(&["--with-metadata", "--encoding", "utf-8"], page.as_bytes());
    let title = stdout(&out).lines().find(|l| l.starts_with("title:")).unwrap().to_string();
    assert_eq!(title, r#"title: "Bridgevote \uffff""#);
}

#[test]
fn a_file_name_with_an_escape_sequence_is_reported_escaped() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("escaped_names");
    std::fs::create_dir_all(&dir).unwrap();
    let image = dir.join("photo\u{1b}]0;owned\u{7}.png");
    std::fs::write(&image, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    for args in [vec![image.to_str().unwrap()], vec!["-o", dir.join("out").to_str().unwrap(), image.to_str().unwrap()]] {
        let out = dechaff(&args, b"");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("photo\\u{1b}]0;owned\\u{7}.png: not a page") && !stderr.contains('\u{1b}'), "{stderr:?}");
    }
}

#[test]
fn explain_counts_the_dropped_by_label_and_lists_only_what_it_is_asked_for() {
    let all = dechaff(&["--explain"], ARTICLE.as_bytes());
    let all = stdout(&all);
    assert!(all.lines().nth(1).unwrap().starts_with("dropped: title 1, navigation 1"), "{all}");
    let kept = dechaff(&["--explain=kept"], ARTICLE.as_bytes());
    let dropped = dechaff(&["--explain=dropped"], ARTICLE.as_bytes());
    let (kept, dropped) = (stdout(&kept), stdout(&dropped));
    assert!(kept.contains(" KEEP ") && !kept.contains(" DROP "), "{kept}");
    assert!(dropped.contains(" DROP ") && !dropped.contains(" KEEP "), "{dropped}");
    assert_eq!(all.matches(" KEEP ").count() + all.matches(" DROP ").count(), kept.matches(" KEEP ").count() + dropped.matches(" DROP ").count());
    assert_eq!(dechaff(&["--explain=some"], ARTICLE.as_bytes()).status.code(), Some(2));
}

#[test]
fn explain_says_when_the_text_patterns_read_a_page_in_english_alone() {
    let english = "text patterns: English alone, the page reads as English [evidence/english-tables]";
    let explained = |page: &str, args: &[&str]| stdout(&dechaff(&[&["--explain"], args].concat(), page.as_bytes())).to_string();
    assert!(explained(ARTICLE, &[]).contains(english), "{}", explained(ARTICLE, &[]));
    assert!(!explained(ARTICLE, &["--disable", "evidence/english-tables"]).contains(english));
    let dutch = std::fs::read_to_string("samples/dutch-story.txt").unwrap();
    assert!(!explained(&dutch, &[]).contains("text patterns:"), "{}", explained(&dutch, &[]));
}

#[test]
fn no_tables_leaves_tables_out_of_every_format() {
    let page = ARTICLE.replace("</article>", "<table><tr><th>Lane</th><th>Opens</th></tr><tr><td>North</td><td>May</td></tr></table></article>");
    assert!(stdout(&dechaff(&[], page.as_bytes())).contains("North | May"));
    for format in ["text", "markdown"] {
        let out = dechaff(&["--no-tables", "-f", format], page.as_bytes());
        assert!(!stdout(&out).contains("North") && stdout(&out).contains("Work will start"), "{format}");
    }
    let json: serde_json::Value = serde_json::from_slice(&dechaff(&["--no-tables", "-f", "json"], page.as_bytes()).stdout).unwrap();
    let text = json["text"].as_str().unwrap();
    assert!(!text.contains("North") && text.contains("Work will start"), "{text}");
}

#[test]
fn a_table_cells_line_breaks_leave_its_row_on_one_line_of_text() {
    let page = ARTICLE.replace("</article>", "<table><tr><th>Year</th><th>Winners</th></tr><tr><td>1903</td><td>Pierre Curie;<br>Marie Curie</td></tr></table></article>");
    let text = stdout(&dechaff(&[], page.as_bytes())).to_string();
    assert!(text.contains("1903 | Pierre Curie; Marie Curie\n"), "{text}");
    // The cell's own block keeps its line break.
    let json: serde_json::Value = serde_json::from_slice(&dechaff(&["-f", "json"], page.as_bytes()).stdout).unwrap();
    assert!(json["blocks"].as_array().unwrap().iter().any(|b| b["text"] == "Pierre Curie;\nMarie Curie"), "{json}");
}

#[test]
fn favouring_recall_keeps_the_prose_after_a_related_header_and_an_unknown_mode_is_exit_2() {
    let paragraph = "<p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built.</p>";
    let tail = "<h3>Related stories</h3><p>Residents of the valley have long argued, in letters and at meetings, that the old crossing is too narrow for the buses.</p>";
    let page = format!("<html><body><article><h1>Bridge vote</h1>{paragraph}{paragraph}{tail}</article></body></html>");
    let kept = |favor: &str| stdout(&dechaff(&["--favor", favor], page.as_bytes())).to_string();
    assert!(!kept("balanced").contains("Residents") && !kept("precision").contains("Residents"));
    assert!(kept("recall").contains("Residents of the valley"));
    assert_eq!(dechaff(&["--favor", "most"], page.as_bytes()).status.code(), Some(2));
}

#[test]
fn explain_on_several_pages_names_the_fix_one_page_not_a_format() {
    let dir = std::env::temp_dir().join(format!("dechaff-explain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.html"), ARTICLE).unwrap();
    let out = dechaff(&["--explain", dir.to_str().unwrap()], b"");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("take one page"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The long flags that `--help` lists, such as `--output-dir`.
fn flags_in_help() -> std::collections::BTreeSet<String> {
    let help = dechaff(&["--help"], b"");
    stdout(&help)
        .lines()
        .map(str::trim_start)
        .filter(|line| line.starts_with('-'))
        // "-o, --output-dir <DIR>": the long flag is the first or second word.
        .filter_map(|line| line.split([' ', '[', '<', '=']).take(2).find(|word| word.starts_with("--")))
        .map(str::to_string)
        .collect()
}

/// The rows of the README's tables whose first header cell is `first_header`,
/// each a list of its cells' text (code spans as written, `\|` read as `|`).
fn readme_table_rows(first_header: &str) -> Vec<Vec<String>> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let (mut rows, mut row, mut in_table) = (Vec::new(), Vec::<String>::new(), false);
    for event in Parser::new_ext(&readme, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableRow | Tag::TableHead) => row.clear(),
            Event::Start(Tag::TableCell) => row.push(String::new()),
            Event::Text(text) | Event::Code(text) => row.last_mut().into_iter().for_each(|cell| cell.push_str(&text)),
            Event::End(TagEnd::TableHead) => in_table = row.first().is_some_and(|cell| cell == first_header),
            Event::End(TagEnd::TableRow) if in_table => rows.push(std::mem::take(&mut row)),
            Event::End(TagEnd::Table) => (in_table, row) = (false, Vec::new()),
            _ => {}
        }
    }
    rows
}

/// The long flags that the README's flags table documents, such as
/// `--input` from "`--input auto|html|...`" and `--format` from "`-f, --format ...`".
fn flags_in_readme_table() -> std::collections::BTreeSet<String> {
    readme_table_rows("flag")
        .iter()
        .flat_map(|row| row[0].split([' ', ',', '[', '=']).filter(|word| word.starts_with("--")).map(str::to_string).collect::<Vec<_>>())
        .collect()
}

#[test]
fn the_readme_flags_table_documents_every_flag_that_help_lists_and_no_other() {
    let in_help = flags_in_help();
    assert!(in_help.contains("--output-dir") && in_help.contains("--help"), "{in_help:?}");
    let in_readme = flags_in_readme_table();
    let missing: Vec<_> = in_help.difference(&in_readme).collect();
    assert!(missing.is_empty(), "flags in --help that no README table row documents: {missing:?}");
    let stale: Vec<_> = in_readme.difference(&in_help).collect();
    assert!(stale.is_empty(), "flags in the README's table that --help does not list: {stale:?}");
}

#[test]
fn the_readme_labels_table_lists_every_label_in_order_with_whether_it_is_kept() {
    let documented: Vec<(String, String)> = readme_table_rows("label").into_iter().map(|row| (row[0].clone(), row[1].clone())).collect();
    let labels: Vec<(String, String)> = dechaff::Label::ALL
        .iter()
        .map(|label| (label.as_str().to_string(), if label.is_kept() { "yes" } else { "no" }.to_string()))
        .collect();
    assert_eq!(documented, labels);
}

#[test]
fn the_readme_counts_the_rules_that_list_rules_prints() {
    let listed = dechaff(&["--list-rules"], b"");
    let names: Vec<&str> = stdout(&listed).lines().filter_map(|line| line.split_whitespace().next()).collect();
    let meta = names.iter().filter(|name| name.starts_with("meta/")).count();
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let counted = format!("lists all {} rules ({} classifier rules and {meta} `meta/` rules", names.len(), names.len() - meta);
    assert!(readme.contains(&counted), "the README should say \"{counted}\"");
}

#[test]
fn code_keeps_its_blank_lines_while_paragraphs_stay_one_blank_line_apart() {
    // Two blank lines between a program's functions (PEP 8), and a carriage
    // return alone, which HTML reads as a line break: the code's own.
    let code = "def a():\n    pass\n\n\ndef b():\r\r\r    pass";
    let page = ARTICLE.replace("<p>Work will start", &format!("<pre>{code}</pre><p>Work will start"));
    let out = dechaff(&[], page.as_bytes());
    let text = stdout(&out);
    assert!(text.contains("def a():\n    pass\n\n\ndef b():\n\n\n    pass\n"), "{text}");
    // Outside the code, one blank line between blocks.
    let without_code = text.replace("def a():\n    pass\n\n\ndef b():\n\n\n    pass", "CODE");
    assert!(!without_code.contains("\n\n\n"), "{without_code}");
    assert_eq!(without_code.matches("\n\n").count(), 2);
    // A paragraph that keeps its white space keeps one empty line of a run
    // (the fuzzer's find: a `<p>` in a `<code>` printed five).
    let kept_white_space = ARTICLE.replace("<p>Work will start", "<div style='white-space:pre-wrap'><p>The council\n\n\n\n\nmet at noon.</p></div><p>Work will start");
    let out = dechaff(&[], kept_white_space.as_bytes());
    let text = stdout(&out);
    assert!(text.contains("The council\n\nmet at noon.") && !text.contains("\n\n\n"), "{text}");
}
