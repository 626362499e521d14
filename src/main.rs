//! The `dechaff` command: arguments in, one page cleaned, the result on stdout.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, ValueEnum};
use dechaff::{output, InputKind, Options};

/// Strip boilerplate from a scraped page and print the article body.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// The page to clean: an HTML or text file; stdin when absent or "-".
    path: Option<PathBuf>,
    /// What the input is.
    #[arg(long, value_enum, default_value_t = Input::Auto)]
    input: Input,
    /// Decode the input with this encoding (a WHATWG label such as utf-8, windows-1252, shift_jis) instead of detecting it.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// List every block with KEEP/DROP, its label and the reason, instead of the article.
    #[arg(long)]
    explain: bool,
    /// Print the title first (text and markdown formats).
    #[arg(long)]
    with_title: bool,
    /// Exit 1 when no article text was found.
    #[arg(long)]
    fail_empty: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Input {
    Auto,
    Html,
    Text,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    Text,
    Markdown,
    Json,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dechaff: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &Args) -> Result<ExitCode> {
    let options = Options {
        input: match args.input {
            Input::Auto => InputKind::Auto,
            Input::Html => InputKind::Html,
            Input::Text => InputKind::Text,
        },
        encoding: args.encoding.as_deref().map(dechaff::encoding_for_label).transpose()?,
    };
    let bytes = read_input(args.path.as_ref())?;
    let article = match dechaff::clean(&bytes, &options) {
        Ok(article) => article,
        Err(err) => {
            // A page that cannot be cleaned is the input's fault, not the command's: exit 1.
            eprintln!("dechaff: {}: {err}", input_name(args.path.as_ref()));
            return Ok(ExitCode::from(1));
        }
    };
    let rendered = if args.explain {
        output::explain(&article)
    } else {
        match args.format {
            Format::Text => output::text(&article, args.with_title),
            Format::Markdown => output::markdown(&article, args.with_title),
            Format::Json => output::json(&article),
        }
    };
    let mut stdout = io::stdout().lock();
    stdout.write_all(rendered.as_bytes()).context("writing the output")?;
    stdout.flush().context("writing the output")?;
    let empty = article.kept().next().is_none();
    Ok(if empty && args.fail_empty { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn read_input(path: Option<&PathBuf>) -> Result<Vec<u8>> {
    match path {
        Some(path) if path.as_os_str() != "-" => {
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
        }
        _ => {
            let mut bytes = Vec::new();
            io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
            Ok(bytes)
        }
    }
}

fn input_name(path: Option<&PathBuf>) -> String {
    match path {
        Some(path) if path.as_os_str() != "-" => path.display().to_string(),
        _ => "<stdin>".to_string(),
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|cause| cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe))
}
