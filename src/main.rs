//! The `dechaff` command: arguments in, pages cleaned by the library, results out.
//!
//! One page (a file or stdin) prints its article in the chosen format. Many
//! pages (several inputs, a directory, JSON Lines, WARC) go through
//! `dechaff::batch`, which writes JSON Lines to stdout or one file per page.

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::parser::ValueSource;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use dechaff::batch::{self, Container, Sink};
use dechaff::output::{self, Format, Layout};
use dechaff::{Favor, InputKind, Options, Rule, Switches};

/// Strip boilerplate from scraped pages and print the article body.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Pages to clean: files, directories (walked recursively), or "-" for stdin (the default).
    inputs: Vec<PathBuf>,
    /// What the input is: a page (auto, html, text), or a container of pages (jsonl, warc).
    /// Under auto, files named *.warc(.gz), *.warc.wet(.gz) and *.jsonl(.gz) are containers, and
    /// standard input is one when its content is (gzipped or not).
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    input: InputArg,
    /// Decode pages with this encoding (a WHATWG label such as utf-8, windows-1252, shift_jis) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// Output format; jsonl writes one JSON object per page.
    /// [default: text; jsonl for a batch without --output-dir]
    #[arg(long, short, value_enum)]
    format: Option<FormatArg>,
    /// List the blocks with KEEP/DROP, label and reason, after a count of the dropped ones
    /// by label and where the title, byline and date came from, instead of the article (one
    /// page, text format): all, or only the kept or the dropped.
    #[arg(long, value_enum, value_name = "WHICH", num_args = 0..=1, default_missing_value = "all", require_equals = true)]
    explain: Option<ExplainArg>,
    /// Print the title first (text and markdown formats; JSON has a title field).
    #[arg(long)]
    with_title: bool,
    /// Print the metadata first, as a front-matter block (text and markdown formats; JSON has the fields).
    #[arg(long)]
    with_metadata: bool,
    /// Leave tables out of the article (text, markdown, and JSON's text; JSON's blocks still list them).
    #[arg(long)]
    no_tables: bool,
    /// Keep links as [text](href) in markdown output.
    #[arg(long)]
    links: bool,
    /// Keep the article's images: as ![alt](src) in markdown, as an "images" list in JSON.
    #[arg(long)]
    images: bool,
    /// Resolve relative links and image sources against this URL
    /// [default: a WARC or JSON Lines record's URL, else the page's canonical link].
    #[arg(long, value_name = "URL", value_parser = parse_base_url)]
    base_url: Option<url::Url>,
    /// Exit 1 when no article text was found (one page only).
    #[arg(long)]
    fail_empty: bool,
    /// Write one file per page here, mirroring the inputs' paths, with the format's extension.
    #[arg(long, short, value_name = "DIR")]
    output_dir: Option<PathBuf>,
    /// Only clean files in directories whose path below the directory matches this glob (such as "*.html").
    #[arg(long, value_name = "PATTERN")]
    glob: Option<String>,
    /// Worker threads for many pages, one or more [default: all cores].
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Pages larger than this many bytes are refused, in a batch as error records
    /// [default: 50000000 in a batch, no limit for one page].
    #[arg(long, value_name = "BYTES")]
    max_bytes: Option<usize>,
    /// Pages that take longer than this many seconds to clean are refused, in a batch as error records ("none": no limit).
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = parse_timeout)]
    timeout: Duration,
    /// Report progress on stderr even when it is not a terminal (a line every few seconds).
    #[arg(long)]
    progress: bool,
    /// Skip WARC responses whose HTTP status is not 2xx (redirects, errors).
    #[arg(long)]
    only_2xx: bool,
    /// Read each JSON line's page from this field (such as "content" or "raw_content") instead of "html" or "text"; whether it is HTML or text is told from the page itself
    #[arg(long, value_name = "NAME")]
    page_field: Option<String>,
    /// Print a summary line on stderr at the end of a batch.
    #[arg(long, short)]
    verbose: bool,
    /// Exit 0 even when some pages of a batch failed; their error records say so.
    /// For engines such as Spark, where a non-zero exit fails the whole task.
    #[arg(long)]
    exit_zero: bool,
    /// Keep less, surer text (precision) or more, less sure text (recall) than the default (balanced).
    #[arg(long, value_enum, default_value_t = FavorArg::Balanced)]
    favor: FavorArg,
    /// A measuring aid: switch off a classifier rule (`tail/comments-header`)
    /// or a whole pass (`tail`); repeat or separate with commas. `--list-rules` names them.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    disable: Vec<String>,
    /// Print every pass/rule name with what it catches, and exit.
    #[arg(long)]
    list_rules: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputArg {
    Auto,
    Html,
    Text,
    Jsonl,
    Warc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FavorArg {
    Balanced,
    Precision,
    Recall,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ExplainArg {
    All,
    Kept,
    Dropped,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Text,
    Markdown,
    Json,
    Jsonl,
}

impl InputArg {
    /// How input files hold pages (`None`: by their names), and what a page is.
    fn split(self) -> (Option<Container>, InputKind) {
        match self {
            InputArg::Auto => (None, InputKind::Auto),
            InputArg::Html => (Some(Container::Page), InputKind::Html),
            InputArg::Text => (Some(Container::Page), InputKind::Text),
            InputArg::Jsonl => (Some(Container::Jsonl), InputKind::Auto),
            InputArg::Warc => (Some(Container::Warc), InputKind::Html),
        }
    }
}

impl FormatArg {
    /// The format of one article; `None` for JSON Lines.
    fn article_format(self) -> Option<Format> {
        match self {
            FormatArg::Text => Some(Format::Text),
            FormatArg::Markdown => Some(Format::Markdown),
            FormatArg::Json => Some(Format::Json),
            FormatArg::Jsonl => None,
        }
    }
}

fn main() -> ExitCode {
    let matches = Args::command().get_matches();
    let args = Args::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    let result = if args.list_rules {
        list_rules()
    } else {
        check_flags(&args, &matches).and_then(|()| if is_batch(&args) { run_batch(&args) } else { run_single(&args) })
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            report(&chain_message(&err));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, joined by ": ", as `{err:#}` writes them, but
/// with a cause that says what the error before it said left out: rayon's
/// error for a pool that cannot start prints the system's error and gives it
/// again as its cause ("cannot start worker threads: Resource temporarily
/// unavailable (os error 11): Resource temporarily unavailable (os error 11)").
fn chain_message(err: &anyhow::Error) -> String {
    let mut messages: Vec<String> = err.chain().map(ToString::to_string).collect();
    messages.dedup();
    messages.join(": ")
}

/// Prints `message` on stderr after the program's name, its control
/// characters escaped (`\u{1b}`): file names, record ids and the errors that
/// quote them come from the crawl, and a terminal would obey an escape
/// sequence in them.
fn report(message: &str) {
    let mut line = String::with_capacity(message.len());
    for c in message.chars() {
        if c.is_control() {
            line.extend(c.escape_default());
        } else {
            line.push(c);
        }
    }
    eprintln!("dechaff: {line}");
}

/// Flags that do nothing with the others given are errors, not silence.
fn check_flags(args: &Args, matches: &ArgMatches) -> Result<()> {
    // Standard input can be read once: named again, it gave a second, empty page of the same id.
    if args.inputs.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        bail!("\"-\" (standard input) is named more than once: it can be read once");
    }
    let format = format(args);
    let markdown = format == FormatArg::Markdown;
    let json = matches!(format, FormatArg::Json | FormatArg::Jsonl);
    if args.links && !markdown {
        bail!("--links keeps links in markdown only: add --format markdown");
    }
    if args.images && !(markdown || json) {
        bail!("--images keeps images in markdown and JSON: add --format markdown, json or jsonl");
    }
    if args.base_url.is_some() && !(args.links || args.images) {
        bail!("--base-url resolves the links and images that --links and --images keep: add one of them");
    }
    if json && (args.with_title || args.with_metadata) {
        bail!("--with-title and --with-metadata shape text and markdown; JSON carries the title and metadata as fields");
    }
    // A batch first: its default format is JSON Lines, and the fix is one page, not a format.
    if (args.explain.is_some() || args.fail_empty) && is_batch(args) {
        bail!("--explain and --fail-empty take one page, given as one file or on stdin, without --output-dir or --format jsonl");
    }
    if args.explain.is_some() && format != FormatArg::Text {
        bail!("--explain prints its own report: leave out --format (JSON's blocks carry each verdict too)");
    }
    if args.page_field.is_some() && matches!(args.input, InputArg::Html | InputArg::Text | InputArg::Warc) {
        bail!("--page-field names the field of a JSON line that holds the page; it does nothing with --input html, text or warc");
    }
    if !is_batch(args) {
        let batch_only = ["glob", "jobs", "progress", "verbose", "exit_zero", "only_2xx", "page_field"];
        if let Some(flag) = batch_only.iter().find(|id| matches.value_source(id) == Some(ValueSource::CommandLine)) {
            bail!("--{} applies to a batch (several inputs, a directory, JSON Lines or WARC, --output-dir or --format jsonl), not to one page", flag.replace('_', "-"));
        }
    }
    Ok(())
}

/// The output format: as given, or text, or for a batch that writes to stdout JSON Lines.
fn format(args: &Args) -> FormatArg {
    match args.format {
        Some(format) => format,
        None if args.output_dir.is_none() && is_batch(args) => FormatArg::Jsonl,
        None => FormatArg::Text,
    }
}

/// Many pages, or pages held in a container, or results that go to files.
fn is_batch(args: &Args) -> bool {
    let (container, _) = args.input.split();
    let named_container = args.inputs.iter().any(|p| Container::of_file(p) != Container::Page);
    let reads_stdin = args.inputs.is_empty() || args.inputs.iter().all(|p| p.as_os_str() == "-");
    // Standard input has no name: under auto, its first bytes say whether it holds WARC or JSON Lines.
    let stdin_container = container.is_none() && reads_stdin && batch::sources::sniff_stdin() != Container::Page;
    args.inputs.len() > 1
        || stdin_container
        || args.inputs.iter().any(|p| p.is_dir())
        || args.output_dir.is_some()
        || args.format == Some(FormatArg::Jsonl)
        || matches!(container, Some(Container::Jsonl | Container::Warc))
        || (container.is_none() && named_container)
}

fn options(args: &Args) -> Result<Options> {
    let mut switched_off = Switches::default();
    for name in &args.disable {
        switched_off.switch_off(name.trim())?;
    }
    Ok(Options {
        input: args.input.split().1,
        encoding: args.encoding.as_deref().map(dechaff::encoding_for_label).transpose()?,
        declared_encoding: None,
        declared_language: None,
        declared_url: None,
        declared_title: None,
        links: args.links,
        images: args.images,
        base_url: args.base_url.clone(),
        switched_off,
        favor: match args.favor {
            FavorArg::Balanced => Favor::Balanced,
            FavorArg::Precision => Favor::Precision,
            FavorArg::Recall => Favor::Recall,
        },
        text_only: text_only(args),
    })
}

/// Whether the output is the text alone: text or Markdown with no title, no
/// metadata and no report of where they came from (`--explain`). Then no
/// metadata is looked for, which is a fifth of a one-page run.
fn text_only(args: &Args) -> bool {
    matches!(format(args), FormatArg::Text | FormatArg::Markdown) && !args.with_title && !args.with_metadata && args.explain.is_none()
}

/// `--list-rules`: one line per rule, `pass/rule` and what it catches.
fn list_rules() -> Result<ExitCode> {
    let mut stdout = io::stdout().lock();
    for rule in Rule::ALL {
        writeln!(stdout, "{:<34} {}", rule.name(), rule.what()).context("writing the output")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `--timeout`: a finite number of seconds, zero or more, or "none" for no limit.
fn parse_timeout(value: &str) -> Result<Duration, String> {
    if value.eq_ignore_ascii_case("none") {
        return Ok(Duration::MAX);
    }
    let seconds: f64 = value.parse().map_err(|_| format!("{value:?} is not a number of seconds (or \"none\")"))?;
    Duration::try_from_secs_f64(seconds).map_err(|_| format!("{value:?} is not a finite number of seconds, zero or more (\"none\" means no limit)"))
}

/// `--base-url`: an absolute URL that paths resolve against (not
/// `javascript:` or `data:`, against which nothing resolves).
fn parse_base_url(value: &str) -> Result<url::Url, String> {
    match url::Url::parse(value) {
        Ok(url) if url.cannot_be_a_base() => Err(format!("{value:?} is no base for paths: give an http, https or file URL")),
        Ok(url) => Ok(url),
        Err(err) => Err(format!("{value:?} is not an absolute URL ({err})")),
    }
}

fn explained_blocks(explain: Option<ExplainArg>) -> output::Blocks {
    match explain {
        Some(ExplainArg::Kept) => output::Blocks::Kept,
        Some(ExplainArg::Dropped) => output::Blocks::Dropped,
        _ => output::Blocks::All,
    }
}

fn layout(args: &Args) -> Layout {
    Layout { title: args.with_title, metadata: args.with_metadata, tables: !args.no_tables }
}

fn run_single(args: &Args) -> Result<ExitCode> {
    // Compiling the classifier's patterns takes longer than cleaning a page:
    // a second thread compiles them while this one reads and parses, and the
    // two share the rest (`compile_tables`; a batch has its workers do the
    // same). On one core it would only add a thread's cost; where no thread
    // can be started, cleaning the page compiles them, as it always did.
    if thread::available_parallelism().is_ok_and(|cores| cores.get() > 1) {
        let _ = thread::Builder::new().name("compile".into()).spawn(dechaff::compile_tables);
    }
    let options = options(args)?;
    let path = args.inputs.first().filter(|p| p.as_os_str() != "-");
    let max_bytes = args.max_bytes.unwrap_or(usize::MAX);
    let bytes = read_input(path, max_bytes, &options)?;
    let cleaned = if bytes.len() > max_bytes {
        Err(format!("the page is larger than --max-bytes {max_bytes}"))
    } else {
        batch::clean_page(&bytes, &options, args.timeout)
    };
    let article = match cleaned {
        Ok(article) => article,
        Err(err) => {
            // A page that cannot be cleaned is the input's fault, not the command's: exit 1.
            let name = path.map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string());
            report(&format!("{name}: {err}"));
            return Ok(ExitCode::from(1));
        }
    };
    let rendered = match format(args).article_format() {
        _ if args.explain.is_some() => output::explain(&article, explained_blocks(args.explain)),
        Some(format) => output::render(&article, format, layout(args)),
        None => unreachable!("jsonl output runs as a batch"),
    };
    let mut stdout = io::stdout().lock();
    stdout.write_all(rendered.as_bytes()).context("writing the output")?;
    stdout.flush().context("writing the output")?;
    let empty = article.kept().next().is_none();
    Ok(if empty && args.fail_empty { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A batch refuses larger pages unless `--max-bytes` says otherwise: a crawl
/// holds the odd giant that would take seconds and hundreds of megabytes.
const BATCH_MAX_BYTES: usize = 50_000_000;

fn run_batch(args: &Args) -> Result<ExitCode> {
    let glob = args
        .glob
        .as_deref()
        .map(|pattern| globset::Glob::new(pattern).map(|g| g.compile_matcher()))
        .transpose()
        .context("bad --glob pattern")?;
    let inputs = if args.inputs.is_empty() { vec![PathBuf::from("-")] } else { args.inputs.clone() };
    let files = batch::sources::expand(&inputs, glob.as_ref(), args.output_dir.as_deref());
    let sink = match (format(args).article_format(), &args.output_dir) {
        (None, None) => Sink::JsonLines,
        (Some(format), Some(dir)) => Sink::Directory { dir: dir.clone(), format, inputs: batch::sources::canonical_paths(&files) },
        (None, Some(_)) => bail!("--format jsonl writes to stdout; leave out --output-dir"),
        (Some(_), None) => bail!("several pages need --output-dir DIR or --format jsonl"),
    };
    let (container, kind) = args.input.split();
    let expected = files
        .iter()
        .all(|f| container.unwrap_or_else(|| f.path.as_deref().map_or(Container::Page, Container::of_file)) == Container::Page)
        .then_some(files.len() as u64);
    let max_bytes = args.max_bytes.unwrap_or(BATCH_MAX_BYTES);
    let page_field = args.page_field.as_deref().map(Arc::from);
    let reading = batch::Reading { container, kind, max_bytes, only_2xx: args.only_2xx, page_field };
    let documents = files.into_iter().flat_map(move |file| batch::sources::documents(file, reading.clone()));
    let config = batch::Config {
        options: options(args)?,
        sink,
        layout: layout(args),
        jobs: args.jobs.map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), usize::from),
        max_bytes,
        timeout: args.timeout,
    };
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut observer = Stderr::new(args.progress, args.verbose, expected);
    let summary = batch::run(documents, &config, &mut stdout, &mut observer)?;
    observer.finish(&summary);
    Ok(if summary.failed > 0 && !args.exit_zero { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// What a batch tells the user on stderr: its progress and the errors that
/// go to no record. On a terminal the progress is a bar; elsewhere, with
/// `--progress`, a line every [`PROGRESS_LINE_EVERY`] and one at the end (a
/// log has no use for a redrawn bar). With `--verbose`, that last line
/// (once, with `--progress` too).
struct Stderr {
    bar: ProgressBar,
    /// When the last progress line was printed (with `--progress` off a terminal).
    lines: Option<Instant>,
    /// Whether the summary line ends the batch (`--verbose`).
    verbose: bool,
    started: Instant,
}

/// How often `--progress` prints a line when stderr is not a terminal.
const PROGRESS_LINE_EVERY: Duration = Duration::from_secs(5);

impl Stderr {
    fn new(progress: bool, verbose: bool, expected: Option<u64>) -> Stderr {
        let terminal = io::stderr().is_terminal();
        let bar = if terminal { progress_bar(expected) } else { ProgressBar::hidden() };
        let now = Instant::now();
        Stderr { bar, lines: (progress && !terminal).then_some(now), verbose, started: now }
    }

    fn print_line(&self, summary: &batch::Summary) {
        let seconds = self.started.elapsed().as_secs_f64();
        eprintln!(
            "dechaff: {} pages, {} failed, {:.0} s, {:.0} pages/s",
            summary.documents,
            summary.failed,
            seconds,
            summary.documents as f64 / seconds.max(1e-9)
        );
    }

    /// Clears the bar, and prints the last progress line or the summary.
    fn finish(&self, summary: &batch::Summary) {
        self.bar.finish_and_clear();
        if self.lines.is_some() || self.verbose {
            self.print_line(summary);
        }
    }
}

impl batch::Observer for Stderr {
    fn page_done(&mut self, summary: &batch::Summary) {
        if summary.failed > 0 {
            self.bar.set_message(format!("{} failed", summary.failed));
        }
        self.bar.inc(1);
        if let Some(last) = self.lines {
            if last.elapsed() >= PROGRESS_LINE_EVERY {
                self.print_line(summary);
                self.lines = Some(Instant::now());
            }
        }
    }

    fn page_failed(&mut self, source: &str, error: &str) {
        self.bar.suspend(|| report(&format!("{source}: {error}")));
    }
}

/// A progress bar on stderr, with a length when the number of pages is known.
fn progress_bar(expected: Option<u64>) -> ProgressBar {
    let template = match expected {
        Some(_) => "{bar:30} {pos}/{len} pages, {rate}, ETA {eta} {msg}",
        None => "{spinner} {pos} pages, {rate} {msg}",
    };
    let bar = ProgressBar::with_draw_target(expected, ProgressDrawTarget::stderr());
    let rate = |state: &ProgressState, out: &mut dyn std::fmt::Write| {
        let _ = write!(out, "{:.0} pages/s", state.per_sec());
    };
    bar.set_style(ProgressStyle::with_template(template).expect("the progress template is valid").with_key("rate", rate));
    bar
}

/// A page file or stdin, read up to one byte past `max_bytes`. Data whose
/// first bytes are plainly binary (a video given by mistake) is read no
/// further: the cleaner refuses it from those bytes alone.
fn read_input(path: Option<&PathBuf>, max_bytes: usize, options: &Options) -> Result<Vec<u8>> {
    let limit = u64::try_from(max_bytes).unwrap_or(u64::MAX).saturating_add(1);
    let what = || path.map_or_else(|| "cannot read standard input".to_string(), |path| format!("cannot read {}", path.display()));
    let mut reader: Box<dyn Read> = match path {
        Some(path) => Box::new(std::fs::File::open(path).with_context(what)?),
        None => Box::new(batch::sources::stdin()),
    };
    let mut bytes = Vec::new();
    let head = limit.min(dechaff::input::HEAD_BYTES as u64);
    (&mut reader).take(head).read_to_end(&mut bytes).with_context(what)?;
    if !dechaff::input::head_is_binary(&bytes, options) {
        reader.take(limit - bytes.len() as u64).read_to_end(&mut bytes).with_context(what)?;
    }
    Ok(bytes)
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|cause| cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An error that prints its cause and gives it as its source too, as rayon's does.
    #[derive(Debug)]
    struct PrintsItsCause(io::Error);

    impl std::fmt::Display for PrintsItsCause {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl std::error::Error for PrintsItsCause {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn a_cause_that_repeats_the_error_before_it_is_reported_once() {
        let cause = PrintsItsCause(io::Error::new(io::ErrorKind::WouldBlock, "Resource temporarily unavailable"));
        let err = anyhow::Error::new(cause).context("cannot start worker threads");
        assert_eq!(chain_message(&err), "cannot start worker threads: Resource temporarily unavailable");
        // Near miss: causes that say something new are all kept, in order.
        let err = anyhow::Error::new(io::Error::other("disk full")).context("writing the output");
        assert_eq!(chain_message(&err), "writing the output: disk full");
    }
}
