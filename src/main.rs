//! The `dechaff` command: arguments in, pages cleaned by the library, results out.
//!
//! One page (a file or stdin) prints its article in the chosen format. Many
//! pages (several inputs, a directory, JSON Lines, WARC) go through
//! `dechaff::batch`, which writes JSON Lines to stdout or one file per page.

use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use dechaff::batch::{self, Container, Sink};
use dechaff::output::{self, Format, Header};
use dechaff::{InlineMarkup, InputKind, Options, Rule, Switches};

/// Strip boilerplate from scraped pages and print the article body.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Pages to clean: files, directories (walked recursively), or "-" for stdin (the default).
    inputs: Vec<PathBuf>,
    /// What the input is: a page (auto, html, text), or a container of pages (jsonl, warc).
    /// Files named *.warc(.gz) and *.jsonl(.gz) are read as such under auto.
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    input: InputArg,
    /// Decode pages with this encoding (a WHATWG label such as utf-8, windows-1252, shift_jis) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// Output format; jsonl writes one JSON object per page.
    #[arg(long, short, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
    /// List every block with KEEP/DROP, its label and the reason, instead of the article (one page only).
    #[arg(long)]
    explain: bool,
    /// Print the title first (text and markdown formats).
    #[arg(long)]
    with_title: bool,
    /// Print the metadata first, as a front-matter block (text and markdown formats).
    #[arg(long)]
    with_metadata: bool,
    /// Keep links as [text](href) in markdown output.
    #[arg(long)]
    links: bool,
    /// Exit 1 when no article text was found (one page only).
    #[arg(long)]
    fail_empty: bool,
    /// Write one file per page here, mirroring the inputs' paths, with the format's extension.
    #[arg(long, short, value_name = "DIR")]
    output_dir: Option<PathBuf>,
    /// Only clean files in directories whose path below the directory matches this glob (such as "*.html").
    #[arg(long, value_name = "PATTERN")]
    glob: Option<String>,
    /// Worker threads for many pages [default: all cores].
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
    /// Pages larger than this many bytes become error records.
    #[arg(long, value_name = "BYTES", default_value_t = 50_000_000)]
    max_bytes: usize,
    /// Pages that take longer than this many seconds to clean become error records ("none": no limit).
    #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = parse_timeout)]
    timeout: Duration,
    /// Show a progress bar on stderr even when it is not a terminal.
    #[arg(long)]
    progress: bool,
    /// Print a summary line on stderr at the end of a batch.
    #[arg(long, short)]
    verbose: bool,
    /// Exit 0 even when some pages of a batch failed; their error records say so.
    /// For engines such as Spark, where a non-zero exit fails the whole task.
    #[arg(long)]
    exit_zero: bool,
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
    let args = Args::parse();
    let result = if args.list_rules {
        list_rules()
    } else if is_batch(&args) {
        run_batch(&args)
    } else {
        run_single(&args)
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dechaff: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Many pages, or pages held in a container, or results that go to files.
fn is_batch(args: &Args) -> bool {
    let (container, _) = args.input.split();
    let named_container = args.inputs.iter().any(|p| Container::from_name(p) != Container::Page);
    args.inputs.len() > 1
        || args.inputs.iter().any(|p| p.is_dir())
        || args.output_dir.is_some()
        || args.format == FormatArg::Jsonl
        || matches!(container, Some(Container::Jsonl | Container::Warc))
        || (container.is_none() && named_container)
}

fn options(args: &Args) -> Result<Options> {
    // Inline markup costs time, so it is kept only for the output that shows it.
    let inline_markup = match (args.format, args.links) {
        (FormatArg::Markdown, true) => InlineMarkup::EmphasisAndLinks,
        (FormatArg::Markdown, false) => InlineMarkup::Emphasis,
        _ => InlineMarkup::None,
    };
    let mut switched_off = Switches::default();
    for name in &args.disable {
        switched_off.switch_off(name.trim())?;
    }
    Ok(Options {
        input: args.input.split().1,
        encoding: args.encoding.as_deref().map(dechaff::encoding_for_label).transpose()?,
        declared_encoding: None,
        inline_markup,
        switched_off,
    })
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

fn header(args: &Args) -> Header {
    Header { title: args.with_title, metadata: args.with_metadata }
}

fn run_single(args: &Args) -> Result<ExitCode> {
    let options = options(args)?;
    let path = args.inputs.first().filter(|p| p.as_os_str() != "-");
    let bytes = read_input(path)?;
    let article = match dechaff::clean(&bytes, &options) {
        Ok(article) => article,
        Err(err) => {
            // A page that cannot be cleaned is the input's fault, not the command's: exit 1.
            let name = path.map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string());
            eprintln!("dechaff: {name}: {err}");
            return Ok(ExitCode::from(1));
        }
    };
    let rendered = match args.format.article_format() {
        _ if args.explain => output::explain(&article),
        Some(format) => output::render(&article, format, header(args)),
        None => unreachable!("jsonl output runs as a batch"),
    };
    let mut stdout = io::stdout().lock();
    stdout.write_all(rendered.as_bytes()).context("writing the output")?;
    stdout.flush().context("writing the output")?;
    let empty = article.kept().next().is_none();
    Ok(if empty && args.fail_empty { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn run_batch(args: &Args) -> Result<ExitCode> {
    let sink = match (args.format.article_format(), &args.output_dir) {
        (None, None) => Sink::JsonLines,
        (Some(format), Some(dir)) => Sink::Directory { dir: dir.clone(), format },
        (None, Some(_)) => bail!("--format jsonl writes to stdout; leave out --output-dir"),
        (Some(_), None) => bail!("several pages need --output-dir DIR or --format jsonl"),
    };
    if args.explain || args.fail_empty {
        bail!("--explain and --fail-empty take one page");
    }
    let glob = args
        .glob
        .as_deref()
        .map(|pattern| globset::Glob::new(pattern).map(|g| g.compile_matcher()))
        .transpose()
        .context("bad --glob pattern")?;
    let inputs = if args.inputs.is_empty() { vec![PathBuf::from("-")] } else { args.inputs.clone() };
    let files = batch::sources::expand(&inputs, glob.as_ref())?;
    let (container, kind) = args.input.split();
    let expected = files
        .iter()
        .all(|f| container.unwrap_or_else(|| f.path.as_deref().map_or(Container::Page, Container::from_name)) == Container::Page)
        .then_some(files.len() as u64);
    let documents = files.into_iter().flat_map(move |file| batch::sources::documents(file, container, kind));
    let config = batch::Config {
        options: options(args)?,
        sink,
        header: header(args),
        jobs: args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        max_bytes: args.max_bytes,
        timeout: args.timeout,
    };
    let started = Instant::now();
    let mut stdout = io::BufWriter::new(io::stdout().lock());
    let mut observer = Stderr { bar: progress_bar(args.progress || io::stderr().is_terminal(), expected) };
    let summary = batch::run(documents, &config, &mut stdout, &mut observer)?;
    observer.bar.finish_and_clear();
    if args.verbose {
        let seconds = started.elapsed().as_secs_f64();
        eprintln!(
            "dechaff: {} pages, {} failed, {:.1} s ({:.0} pages/s)",
            summary.documents,
            summary.failed,
            seconds,
            summary.documents as f64 / seconds.max(1e-9)
        );
    }
    Ok(if summary.failed > 0 && !args.exit_zero { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// What a batch tells the user: a progress bar and the errors that go to no record, on stderr.
struct Stderr {
    bar: ProgressBar,
}

impl batch::Observer for Stderr {
    fn page_done(&mut self, summary: &batch::Summary) {
        if summary.failed > 0 {
            self.bar.set_message(format!("{} failed", summary.failed));
        }
        self.bar.inc(1);
    }

    fn page_failed(&mut self, source: &str, error: &str) {
        self.bar.suspend(|| eprintln!("dechaff: {source}: {error}"));
    }
}

/// A progress bar on stderr, hidden unless `visible`; with a length when the number of pages is known.
fn progress_bar(visible: bool, expected: Option<u64>) -> ProgressBar {
    if !visible {
        return ProgressBar::hidden();
    }
    let template = match expected {
        Some(_) => "{bar:30} {pos}/{len} pages, {per_sec}, ETA {eta} {msg}",
        None => "{spinner} {pos} pages, {per_sec} {msg}",
    };
    let bar = ProgressBar::with_draw_target(expected, ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template(template).expect("the progress template is valid"));
    bar
}

fn read_input(path: Option<&PathBuf>) -> Result<Vec<u8>> {
    match path {
        Some(path) => std::fs::read(path).with_context(|| format!("cannot read {}", path.display())),
        None => {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
            Ok(bytes)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|cause| cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
}
