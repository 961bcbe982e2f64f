"""gcm-extract: the command line.

    gcm-extract run [--raw DIR] [--out DIR] [--debug]   extract every review in DIR (a Prefect flow run)
    gcm-extract facts [--lines] < text.txt      numeric facts of a text, as CSV on stdout
    gcm-extract inspect [--out DIR]             a short summary of the tables
    gcm-extract report [--out DIR]              rebuild DIR/report.html from the tables
    gcm-extract compare OLD NEW [--out DIR]     what changed between two editions, as CSV on stdout
    gcm-extract browse [--out DIR]              explore DIR/gcm.sqlite in Datasette (127.0.0.1)
    gcm-extract evaluate GOLD_DIR... [--report F]  precision, recall and F1 against gold tables,
                                                and how well the objective evidence does
    gcm-extract sync [--sources sources.toml]   download new or changed reviews into raw/
    gcm-extract serve [--cron "0 6 * * *"]      sync then extract on a schedule (Prefect serve)
    gcm-extract watch [--raw DIR] [--out DIR]   extract as soon as a review is added or changed

Exit status: 0 when every document is ok or warning, 1 when any failed (the
others are still written), 2 on wrong usage. serve and watch stop on SIGTERM,
SIGHUP or Ctrl-C with status 0; a second signal stops them at once (128 + its number).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import traceback
from pathlib import Path

from .checks import UsageError, check_dask, check_folder, check_output, check_sources, check_writable_folder
from .ingest import DEFAULT_MAX_BYTES, DEFAULT_MAX_MEMORY, DEFAULT_MAX_PAGES, DEFAULT_TIME_LIMIT
from .rules import LANGUAGES

DEFAULT_KEEP_DAYS = 30  # of Prefect run history, where no server is configured

FACT_COLUMNS = [
    "value", "value_max", "kind", "unit", "counted", "qualifier", "change", "period_start",
    "period_end", "as_of", "surface", "sentence", "char_start", "char_end", "rule_id",
]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gcm-extract",
        description="Turn voluntary GCM reviews into tidy tables.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="extract every review in a folder and write the tables")
    run.add_argument("--raw", type=Path, default=Path("raw"), help="folder of reviews (default: raw)")
    _output_option(run)
    run.add_argument("--max-pages", type=int, default=DEFAULT_MAX_PAGES, help="skip longer PDFs (default: %(default)s)")
    run.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip larger files (default: %(default)s)")
    run.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
                     help="seconds one PDF may take to read (default: %(default)s)")
    run.add_argument("--no-cache", action="store_true", help="extract every document again, changed or not")
    run.add_argument("--workers", type=_count, metavar="N",
                     help="documents read at once, each in its own process (default: one per core)")
    run.add_argument("--max-memory", type=_size, default=DEFAULT_MAX_MEMORY, metavar="SIZE",
                     help="memory each worker may use, e.g. 4G or 512M; 0 for no limit (default: 4G)")
    run.add_argument("--no-ocr", action="store_true",
                     help="read no page by OCR: a scanned review is an error, a garbled page is kept as it is")
    _unattended_options(run)

    sync = commands.add_parser("sync", help="download new or changed reviews from the sources into raw/")
    sync.add_argument("--sources", type=Path, default=Path("sources.toml"), help="(default: sources.toml)")

    serve = commands.add_parser("serve", help="sync and extract on a schedule (a Prefect deployment)")
    serve.add_argument("--cron", default="0 6 * * *", help='cron schedule (default: "0 6 * * *", 06:00 daily)')
    serve.add_argument("--sources", type=Path, default=Path("sources.toml"), help="(default: sources.toml)")
    _output_option(serve)
    _unattended_options(serve)

    watch = commands.add_parser("watch", help="extract as soon as a review in raw/ is added or changed")
    watch.add_argument("--raw", type=Path, default=Path("raw"), help="folder of reviews (default: raw)")
    _output_option(watch)
    watch.add_argument("--interval", type=float, default=1.0, help="seconds between looks (default: 1)")
    _unattended_options(watch)

    facts = commands.add_parser("facts", help="numeric facts of the text on stdin, as CSV")
    facts.add_argument("--lines", action="store_true", help="each line is a separate text; adds a 'line' column")
    facts.add_argument("--lang", choices=LANGUAGES, help="the rules' language (default: told from the text)")

    evaluate = commands.add_parser("evaluate", help="measure the extraction against a folder of gold tables")
    evaluate.add_argument("gold", type=Path, metavar="GOLD", nargs="+",
                          help="folders of gold tables (e.g. tests/corpus), of hand-labelled sections "
                               "(tests/evidence), or a quantity test set (.json)")
    evaluate.add_argument("--report", type=Path, help="also write the figures and findings as CSV")
    evaluate.add_argument("--quiet", action="store_true", help="print the figures only, not every finding")

    inspect = commands.add_parser("inspect", help="summarise the tables in an output folder")
    _output_option(inspect)

    report = commands.add_parser("report", help="rebuild report.html in an output folder from its tables")
    _output_option(report)

    compare = commands.add_parser("compare", help="what changed from one edition of a review to another, as CSV")
    compare.add_argument("old", metavar="OLD", help="doc_id of the older edition (see documents.csv)")
    compare.add_argument("new", metavar="NEW", help="doc_id of the newer edition")
    compare.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output)")

    browse = commands.add_parser("browse", help="explore gcm.sqlite in Datasette (pip install 'gcm-extract[browse]')")
    _output_option(browse)
    browse.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    browse.add_argument("--port", type=int, default=8001, help="(default: %(default)s)")
    return parser


def _output_option(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output)")


def _unattended_options(command: argparse.ArgumentParser) -> None:
    """The options of the commands that run the flow: run, serve, watch."""
    command.add_argument("--dask", metavar="ADDRESS", help="run the per-document tasks on this Dask scheduler")
    command.add_argument("--dask-timeout", type=float, default=10.0, metavar="S",
                         help="seconds to wait for the Dask scheduler to answer (default: 10)")
    command.add_argument("--keep-history", type=float, default=DEFAULT_KEEP_DAYS, metavar="DAYS",
                         help="without PREFECT_API_URL, delete this project's Prefect runs older than DAYS "
                              "(default: %(default)g)")
    command.add_argument("--debug", action="store_true",
                         help="show Prefect's log and the traceback behind each failure")


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of workers: {text!r} (1 or more)")
    return int(text)


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?", re.I)
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def _size(text: str) -> int:
    """'4G', '512M', '4GiB', '1500000000' -> bytes."""
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 4G, 512M)")
    return int(float(match[1]) * _UNITS[match[2].upper()])


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:  # the reader went away (`gcm-extract facts | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    commands = {
        "run": _run, "sync": _sync, "serve": _serve, "watch": _watch,
        "facts": _facts, "evaluate": _evaluate, "inspect": _inspect, "report": _report, "compare": _compare, "browse": _browse,
    }
    try:
        return commands[args.command](args)
    except UsageError as exc:
        print(f"gcm-extract: {exc}", file=sys.stderr)
        if getattr(args, "debug", False):
            traceback.print_exception(exc, file=sys.stderr)
        return 2


# A document that cannot be read ends its task run failed, which Prefect logs as an
# error: run and watch print their own line for it, and Prefect's console keeps to
# what is worse.
_DOCUMENTS_REPORTED = "CRITICAL"


def _quiet(args, console: str = "ERROR") -> None:
    """Prefect's console log shows ``console`` and worse (all of it with --debug); its
    runs still log everything to the Prefect server. Set before Prefect is imported,
    and inherited by the processes that serve starts for its runs."""
    level = "NOTSET" if args.debug else console
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", level)


def _check_dask(args) -> None:
    if args.dask:
        # Dask's own connect timeout (30 s) holds for the task runner too: make it ours.
        os.environ["DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT"] = f"{args.dask_timeout:g}s"
        check_dask(args.dask, args.dask_timeout)


def _print_summary(summary, raw: Path, debug: bool) -> None:
    """A run's problems on standard error, one line each, then its summary line."""
    for doc_id, status, message, detail in summary.problems:
        print(f"{doc_id}: {status}: {message}", file=sys.stderr)
        if debug and detail:
            print(detail, file=sys.stderr)
    if summary.documents == 0:
        from .run import nothing_to_extract

        print(nothing_to_extract(raw), flush=True)
    else:
        print(summary.line(), flush=True)


def _run(args) -> int:
    check_folder(args.raw)
    check_output(args.out)
    _check_dask(args)
    _quiet(args, console=_DOCUMENTS_REPORTED)
    from .run import has_work
    from .workers import warm_up

    if not args.dask and has_work(args.raw, args.out, use_cache=not args.no_cache):
        warm_up()  # the worker processes' fork server starts while Prefect does
    from flows.extract import extract_reviews, run, with_task_runner
    from flows.history import own_history, prune_history

    summary = run(
        with_task_runner(extract_reviews, args.dask, args.workers),
        raw=args.raw, out=args.out, max_pages=args.max_pages, max_bytes=args.max_bytes,
        time_limit=args.time_limit, use_cache=not args.no_cache, workers=args.workers,
        max_memory=args.max_memory, ocr=not args.no_ocr,
    )
    if own_history():
        prune_history(args.keep_history)
    _print_summary(summary, args.raw, args.debug)
    return 1 if summary.error else 0


def _sync(args) -> int:
    from .sync import sync

    config = check_sources(args.sources)
    report = sync(config)
    print("\n".join(report.lines()))
    return 1 if report.errors else 0


def _serve(args) -> int:
    config = check_sources(args.sources)
    check_writable_folder(config.raw)
    check_output(args.out)
    _check_dask(args)
    _quiet(args, console="WARNING")  # no one else reports a scheduled run's problems
    from flows.schedules import serve_schedule

    def ready(url: str) -> None:
        print(f'serving gcm-sync-and-extract/scheduled on "{args.cron}", Prefect API {url} '
              "(SIGTERM or Ctrl-C to stop)", file=sys.stderr, flush=True)

    return _as_service(args, lambda stop: serve_schedule(
        stop, cron=args.cron, sources=args.sources, out=args.out, dask_address=args.dask,
        keep_history=args.keep_history, on_ready=ready))


def _watch(args) -> int:
    check_folder(args.raw)
    check_output(args.out)
    _check_dask(args)
    _quiet(args, console=_DOCUMENTS_REPORTED)
    from flows.schedules import watch

    print(f"watching {args.raw} (SIGTERM or Ctrl-C to stop)", file=sys.stderr, flush=True)
    return _as_service(args, lambda stop: watch(
        args.raw, args.out, interval=args.interval, stop=stop, dask_address=args.dask,
        keep_history=args.keep_history, on_run=lambda summary: _print_summary(summary, args.raw, args.debug)))


def _as_service(args, work) -> int:
    """Run ``work(stop)`` until a stop signal (pipeline.service); this process ends here."""
    from flows.schedules import flush_prefect

    from .service import Service

    service = Service()
    failure = service.run(work)
    code = 0
    if failure is not None:
        what = " ".join(f"{type(failure).__name__}: {failure}".split())[:300]
        if service.signalled:  # e.g. Ctrl-C stopped the Prefect server under a run
            print(f"gcm-extract: stopped; the run under way did not finish ({what})", file=sys.stderr)
        else:
            print(f"gcm-extract: {what}", file=sys.stderr)
            code = 1
        if args.debug:
            traceback.print_exception(failure, file=sys.stderr)
    if service.signalled:
        # A Ctrl-C reaches the Prefect server too: logs it can no longer take are lost
        # quietly, not with Prefect's "--- Error logging to API ---".
        import logging

        logging.raiseExceptions = False
    flush_prefect()
    service.exit(code)
    return code  # not reached


def _facts(args) -> int:
    import pandas as pd

    from .ingest import detect_language
    from .read.extract import facts_in_text
    from .read.nlp import pipelines
    from .tables import SCHEMAS, to_csv

    nlp = pipelines()
    text = sys.stdin.read()
    # One language for the whole input: a single line says too little to tell it.
    lang = args.lang or detect_language(text) or None
    # Lines are what "\n" ends: a form feed or other separator inside a line stays in it.
    texts = text.removesuffix("\n").split("\n") if args.lines else [text]
    rows = []
    for number, chunk in enumerate(texts, start=1):
        for fact in facts_in_text(chunk, nlp, lang):
            row = {name: getattr(fact, name) for name in FACT_COLUMNS}
            rows.append({"line": number, **row} if args.lines else row)
    dtypes = {c.name: c.dtype for c in SCHEMAS["numeric_facts"]} | {"line": "Int64"}
    columns = (["line"] if args.lines else []) + FACT_COLUMNS
    df = pd.DataFrame({c: pd.array([r[c] for r in rows], dtype=dtypes[c]) for c in columns}, columns=columns)
    to_csv(df, sys.stdout)
    return 0


def _evaluate(args) -> int:
    from .evaluate import Evaluation, evaluate, report_lines, write_report
    from .evaluate_evidence import evaluate_hand_labels, hand_labelled
    from .read.nlp import pipelines

    if len(args.gold) == 1 and args.gold[0].suffix == ".json" and args.gold[0].is_file():
        return _evaluate_quantities(args, args.gold[0])
    for gold in args.gold:
        check_folder(gold)
    result = Evaluation()
    for gold in args.gold:
        if hand_labelled(gold):
            for lang, score in evaluate_hand_labels(gold, pipelines()).items():
                result.evidence[lang].add(score)
        else:
            result.add(evaluate(gold, pipelines()))
    lines = report_lines(result)
    if args.quiet:
        lines = lines[: lines.index("findings") - 1] if "findings" in lines else lines
    print("\n".join(lines))
    if args.report:
        write_report(result, args.report)
    return 0


def _evaluate_quantities(args, path: Path) -> int:
    from .evaluate import evaluate_quantities
    from .read.nlp import pipelines

    score, findings = evaluate_quantities(path, pipelines())
    print(f"{'values':<20}{'precision':>10}{'recall':>10}{'F1':>8}{'gold':>7}{'found':>7}")
    print(f"{path.name:<20}{score.precision:>10.3f}{score.recall:>10.3f}{score.f1:>8.3f}"
          f"{score.true_positive + score.false_negative:>7}{score.true_positive + score.false_positive:>7}")
    if not args.quiet:
        for f in findings:
            print(f"  {f.problem:<12} line {f.doc:<5} {f.key:<16} | {f.sentence[:150]}")
    return 0


def _inspect(args) -> int:
    from .report import summary

    try:
        print(summary(args.out), end="")
    except FileNotFoundError as exc:
        print(f"gcm-extract: {exc}; run 'gcm-extract run' first", file=sys.stderr)
        return 2
    return 0


def _report(args) -> int:
    from .html_report import rebuild_report

    try:
        path = rebuild_report(args.out)
    except FileNotFoundError as exc:
        print(f"gcm-extract: {exc}; run 'gcm-extract run' first", file=sys.stderr)
        return 2
    print(path)
    return 0


def _compare(args) -> int:
    from .editions import NotAnEdition, compare
    from .tables import frame, read_tables, to_csv

    try:
        tables = read_tables(args.out)
        changes = frame("changes", compare(tables, args.old, args.new))
    except FileNotFoundError as exc:
        print(f"gcm-extract: {exc}; run 'gcm-extract run' first", file=sys.stderr)
        return 2
    except NotAnEdition as exc:
        print(f"gcm-extract: {exc}", file=sys.stderr)
        return 2
    to_csv(changes, sys.stdout)
    return 0


def _browse(args) -> int:
    from .database import datasette_arguments

    database = args.out / "gcm.sqlite"
    if not database.is_file():
        print(f"gcm-extract: no gcm.sqlite in {args.out}; run 'gcm-extract run' first", file=sys.stderr)
        return 2
    try:
        import datasette  # noqa: F401
    except ImportError:
        print("gcm-extract: Datasette is not installed: pip install 'gcm-extract[browse]'", file=sys.stderr)
        return 2
    import tempfile

    from datasette.cli import cli as datasette

    print(f"serving {database} at http://{args.host}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="gcm-datasette-") as folder:
        arguments = datasette_arguments(database, Path(folder) / "metadata.json", host=args.host, port=args.port)
        try:  # in this process, so that Ctrl-C and SIGTERM stop the server itself
            datasette.main(args=arguments, prog_name="datasette", standalone_mode=False)
        except KeyboardInterrupt:
            pass
    return 0

if __name__ == "__main__":
    sys.exit(main())
