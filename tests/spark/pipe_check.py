#!/usr/bin/env python3
"""Scaling out: pipe a JSON Lines file of pages through dechaff under a local
Spark (local[2]) and check that every id comes back, with the same text as a
single-process run of the same file.

  python3 tests/spark/pipe_check.py target/release/dechaff PAGES_DIR

PAGES_DIR holds HTML pages (*.html or *.html.gz); the script writes them as
JSON Lines, runs both ways, and exits 1 on any difference.
"""
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from pyspark.sql import SparkSession


def write_jsonl(pages_dir: Path, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for page in sorted(pages_dir.iterdir()):
            if page.name.endswith(".html.gz"):
                html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
            elif page.name.endswith(".html"):
                html = page.read_text(encoding="utf-8", errors="replace")
            else:
                continue
            out.write(json.dumps({"id": page.name, "url": f"file:///{page.name}", "html": html}) + "\n")
            count += 1
    return count


def by_id(lines):
    records = [json.loads(line) for line in lines if line.strip()]
    return {r["id"]: r for r in records}, len(records)


def main():
    binary = str(Path(sys.argv[1]).resolve())
    pages_dir = Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "pages.jsonl"
        expected = write_jsonl(pages_dir, jsonl)
        command = f"{binary} --input jsonl --format jsonl"
        single = subprocess.run(command.split() + [str(jsonl)], capture_output=True, text=True, check=True)
        spark = SparkSession.builder.master("local[2]").appName("dechaff-pipe").getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        try:
            piped = spark.sparkContext.textFile(str(jsonl), minPartitions=4).pipe(command).collect()
        finally:
            spark.stop()
    want, want_n = by_id(single.stdout.splitlines())
    got, got_n = by_id(piped)
    problems = []
    if not (want_n == got_n == expected):
        problems.append(f"{expected} pages in, {want_n} records from one process, {got_n} from Spark")
    for page_id, record in want.items():
        other = got.get(page_id)
        if other is None:
            problems.append(f"{page_id}: missing from the Spark output")
        elif other["text"] != record["text"] or other["error"] != record["error"]:
            problems.append(f"{page_id}: text differs between Spark and one process")
    for line in problems[:20]:
        print("FAIL", line)
    print(f"spark pipe: {got_n} records for {expected} pages, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
