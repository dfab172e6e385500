#!/usr/bin/python3
"""evgraph-dask: extract a corpus's events on a Dask cluster.

Maps the partitions of a corpus through `evgraph extract --jsonl` on Dask's
distributed scheduler and concatenates their events in input order, so
that the result is byte for byte what one process gives:

    src/evgraph-dask.py articles.jsonl -o events.jsonl          # 2 local workers
    src/evgraph-dask.py articles.jsonl -o events.jsonl --workers 8
    src/evgraph-dask.py hdfs:///corpus/2025.jsonl -o events.jsonl \\
        --scheduler tcp://scheduler:8786                         # a real cluster
    src/evgraph-dask.py articles/ -o events.jsonl                # a folder of .txt

The input is a JSON Lines file of articles, {"id", "date", "text"} (a local
path or any URL Dask reads: hdfs://, s3://...), or a folder of NAME.txt
articles, each with its id NAME and its date from NAME.date (YYYY-MM-DD) or,
without one, from the text's dateline.  On a real cluster the workers need
evgraph (--evgraph names it) and the input (a shared file system or URL).

Diagnostics name the input and its global line (the folder's file); the
counts of skipped records are added up.  When `evgraph merge` exists
(`evgraph merge --help` succeeds and names it) the events are then reduced
with it into OUTPUT without its extension plus .events: each article of the
corpus is an article of the merge, so that the events of different articles
that tell one happening become one event citing each (its warnings follow
the extraction's).  Exit status as
evgraph's: 0, 1 when records were skipped, 2 when a run (or the output)
failed, and then OUTPUT is left as it was.

It lives in src/ as a program users run, beside the one it drives (the
project's top level is fixed); tests/dask/ runs it on a LocalCluster.
"""
import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys

SKIPPED = re.compile(rb"^evgraph: (\d+) of (\d+) records skipped for errors\n", re.M)
POSITION = re.compile(rb"^<stdin>:(\d+):(\d+):", re.M)


def run_extract(evgraph, data):
    """One partition through evgraph: its events, diagnostics and status."""
    run = subprocess.run([evgraph, "extract", "--jsonl"], input=data,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return run.returncode, run.stdout, run.stderr


def extract_lines(lines, evgraph):
    """A partition of a JSON Lines file: its lines, as read (the bytes
    come back through surrogateescape)."""
    data = "".join(lines).encode("utf-8", "surrogateescape")
    if data and not data.endswith(b"\n"):
        data += b"\n"
    # records as evgraph counts them: blank lines are none
    records = sum(1 for line in lines if line.strip(" \t\r\n"))
    return [(len(lines), records, None) + run_extract(evgraph, data)]


def extract_files(paths, evgraph):
    """A partition of a folder: one record per NAME.txt, its date from
    NAME.date when there is one."""
    records = []
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            record = {"id": os.path.basename(path)[:-len(".txt")]}
            date_path = path[:-len(".txt")] + ".date"
            if os.path.exists(date_path):
                with open(date_path, encoding="utf-8") as d:
                    record["date"] = d.read().strip()
            record["text"] = f.read()
        records.append(json.dumps(record, ensure_ascii=False) + "\n")
    data = "".join(records).encode("utf-8")
    return [(len(paths), len(paths), list(paths)) + run_extract(evgraph, data)]


def relay(stderr, first_line, name, paths):
    """A partition's diagnostics with the input's positions: the global
    line of a JSON Lines file, or the article's file of a folder."""
    def position(match):
        line, column = int(match.group(1)), int(match.group(2))
        if paths is not None:  # the record the driver made of that file
            return paths[line - 1].encode() + b":"
        return b"%s:%d:%d:" % (name.encode(), first_line + line - 1, column)
    return POSITION.sub(position, SKIPPED.sub(b"", stderr))


def partitions(args, client):
    import dask.bag as db
    if os.path.isdir(args.input):
        paths = sorted(os.path.join(args.input, n) for n in os.listdir(args.input)
                       if n.endswith(".txt"))
        count = max(1, min(len(paths), args.partitions or 4 * args.workers))
        bag = db.from_sequence(paths, npartitions=count)
        return bag.map_partitions(extract_files, args.evgraph)
    blocksize = None
    if args.partitions and os.path.exists(args.input):
        blocksize = max(1, os.path.getsize(args.input) // args.partitions + 1)
    elif os.path.exists(args.input):
        blocksize = max(1, os.path.getsize(args.input) // (4 * args.workers) + 1)
    else:
        blocksize = "64MiB"
    bag = db.read_text(args.input, blocksize=blocksize, linedelimiter="\n",
                       errors="surrogateescape")
    return bag.map_partitions(extract_lines, args.evgraph)


def merge_available(evgraph):
    """`evgraph merge --help` succeeds and names merge: an evgraph without
    the command prints its general usage for any --help."""
    try:
        run = subprocess.run([evgraph, "merge", "--help"], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
    except OSError:
        return False
    return run.returncode == 0 and b"evgraph merge" in run.stdout


def main():
    parser = argparse.ArgumentParser(
        description="Extract a corpus's events with evgraph on a Dask cluster.")
    parser.add_argument("input", help="articles: a JSON Lines file or URL, or a folder of .txt")
    parser.add_argument("-o", "--output", required=True,
                        help="the events, JSON Lines (as evgraph extract --jsonl writes them)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="a running scheduler's address, tcp://HOST:8786")
    where.add_argument("--workers", type=int, default=2,
                       help="worker processes of a local cluster (default 2)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions of the input (default: 4 per local worker)")
    parser.add_argument("--evgraph", default="evgraph",
                        help="the evgraph program on the workers (default: evgraph on PATH)")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="say how many partitions ran on how many workers")
    args = parser.parse_args()
    if not args.scheduler:
        # a local cluster runs this machine's evgraph: its absolute path
        found = shutil.which(args.evgraph)
        if not found:
            sys.stderr.write("evgraph-dask: no program '%s' (give --evgraph PATH)\n"
                             % args.evgraph)
            return 2
        args.evgraph = os.path.abspath(found)

    from dask.distributed import Client, LocalCluster
    # The scheduler's own warnings ("event loop was unresponsive" on a busy
    # machine) are not evgraph's diagnostics: keep stderr to those and errors.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        # The scheduler's HTTP server (health routes) runs even without a
        # dashboard and defaults to port 8787: a port the system picks keeps
        # a busy 8787 from adding a warning, and localhost keeps it private.
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                               processes=True,
                               dashboard_address="127.0.0.1:0",
                               silence_logs=logging.ERROR)
        client = Client(cluster)
    status, skipped, records, line, events_written = 0, 0, 0, 1, 0
    temporary = "%s.tmp%d" % (args.output, os.getpid())
    try:
        futures = client.compute(partitions(args, client).to_delayed())
        if args.verbose:
            workers = len(client.scheduler_info()["workers"])
        with open(temporary, "wb") as out:
            # in input order, each partition as soon as it and those
            # before it are done
            for future in futures:
                for count, read, paths, returncode, events, stderr in future.result():
                    out.write(events)
                    events_written += events.count(b"\n")
                    records += read
                    for match in SKIPPED.finditer(stderr):
                        skipped += int(match.group(1))
                    sys.stderr.buffer.write(relay(stderr, line, args.input, paths))
                    sys.stderr.flush()
                    if returncode < 0 or returncode > 2:
                        sys.stderr.write("evgraph-dask: evgraph ended with status %d on "
                                         "the partition from line %d\n" % (returncode, line))
                        returncode = 2
                    line += count
                    status = max(status, returncode)
                future.release()
        if args.verbose:
            sys.stderr.write("evgraph-dask: %d partitions on %d workers: %d records, "
                             "%d events\n" % (len(futures), workers, records,
                                              events_written))
        if status >= 2:
            os.unlink(temporary)
        else:
            os.replace(temporary, args.output)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
        client.close()
        if not args.scheduler:
            cluster.close()
    if skipped:  # the partitions' counts added up, as one process says it
        sys.stderr.write("evgraph: %d of %d records skipped for errors\n"
                         % (skipped, records))
    if status < 2 and merge_available(args.evgraph):
        merged = os.path.splitext(args.output)[0] + ".events"
        run = subprocess.run([args.evgraph, "merge", args.output, "-o", merged])
        status = max(status, run.returncode)
    return status


if __name__ == "__main__":
    sys.exit(main())
