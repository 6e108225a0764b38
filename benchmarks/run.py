"""factcheck's speed and scale figures, printed (``make bench``). Not a test: nothing here
asserts a time. Targets (2-core machine): --help ≤ 0.3 s; the bundled corpus end to end ≤ 2 s;
10,000 articles (~50 MB) extract + check + duplicates ≤ 3 min and ≤ 2 GB; near-linear growth;
a re-run on an unchanged corpus ≤ 10% of the first.

Usage: python benchmarks/run.py [--sizes 100,1000,10000] [--copydetect-max 1000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))
FACTCHECK = [sys.executable, "-m", "factcheck"]


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total


def timed(cmd: list[str], cwd: Path) -> tuple[float, int, int]:
    """(seconds, peak resident memory of the process tree in bytes, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.1)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    code = proc.wait()
    t.join()
    return time.perf_counter() - start, peak[0], code


def median_time(cmd: list[str], cwd: Path, n: int = 5) -> float:
    return statistics.median(timed(cmd, cwd)[0] for _ in range(n))


def startup() -> None:
    print("## Startup and the bundled corpus")
    print(f"factcheck --help: {median_time(FACTCHECK + ['--help'], ROOT):.2f} s (median of 5)")
    cold = timed(FACTCHECK + ["run", "--no-cache"], ROOT)[0]
    timed(FACTCHECK + ["run"], ROOT)
    warm = median_time(FACTCHECK + ["run"], ROOT, 3)
    print(f"factcheck run on the bundled corpus: {cold:.2f} s without cache, {warm:.2f} s with it")


def throughput() -> None:
    sys.path.insert(0, str(ROOT))
    from factcheck import rules
    from factcheck.config import find_config
    from factcheck.checking import build_facts, run_rules
    from factcheck.extract import extract_article
    from factcheck.pipeline import articles_for

    cfg = find_config(ROOT)
    arts = articles_for(cfg, [])
    chars = sum(len(a.text) for a in arts)
    for a in arts:
        extract_article(a)
    t = time.perf_counter()
    claims = [c for _ in range(5) for a in arts for c in extract_article(a)]
    dt = (time.perf_counter() - t) / 5
    rs = rules.load(cfg.rules_dir, cfg.root)
    one = claims[: len(claims) // 5]
    t = time.perf_counter()
    for _ in range(5):
        run_rules(build_facts(one, {a.key: a.text for a in arts}, rs), rs)
    ct = (time.perf_counter() - t) / 5
    print("## Throughput (one core)")
    print(f"extraction: {chars / dt:,.0f} characters/s ({len(one) / dt:,.0f} claims/s)")
    print(f"checking (all rules, duplicates included): {len(one) / ct:,.0f} claims/s")


def scaling(sizes: list[int], copydetect_max: int) -> None:
    from synth import generate

    print("## Scaling: synthetic corpora (extract + check + duplicates, 2 cores, cold cache)")
    print("| articles | MB | time (s) | s per 1,000 | peak memory (MB) | re-run, cached (s) | re-run / first |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        for n in sizes:
            folder = generate(work / f"c{n}", n)
            mb = sum(f.stat().st_size for f in (folder / "articles").rglob("*.txt")) / 1e6
            first, peak, code = timed(FACTCHECK + ["run", "-f", "json", "-o", "report.json"], folder)
            if code not in (0, 1):
                print(f"| {n:,} | {mb:.1f} | FAILED with exit code {code} | | | | |")
                continue
            again, _, _ = timed(FACTCHECK + ["run", "-f", "json", "-o", "report.json"], folder)
            print(f"| {n:,} | {mb:.1f} | {first:.1f} | {first / n * 1000:.1f} | {peak / 1e6:,.0f} | "
                  f"{again:.1f} | {again / first:.0%} |")
            if n <= copydetect_max:
                compare_copydetect(folder, n)
    finally:
        shutil.rmtree(work, ignore_errors=True)


COMPARISONS: list[str] = []


def compare_copydetect(folder: Path, n: int) -> None:
    """Duplicate detection alone: factcheck's winnowing index vs copydetect on the same files."""
    code = (
        "import sys, time; sys.path.insert(0, %r)\n"
        "from factcheck.dupes.find import find_duplicates\n"
        "from factcheck.checks.duplicates import OPTIONS as DECLARED\n"
        "from factcheck.options import defaults\n"
        "OPTIONS = defaults(DECLARED)\n"
        "from pathlib import Path\n"
        "texts = {str(p): p.read_text(encoding='utf-8') for p in Path('articles').rglob('*.txt')}\n"
        "t = time.perf_counter(); m = find_duplicates(texts, OPTIONS)\n"
        "print(len(m), time.perf_counter() - t)\n") % str(ROOT)
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True)
    ours = time.perf_counter() - t
    matches = out.stdout.split()[0] if out.stdout else "?"
    cd_code = (
        "from copydetect import CopyDetector\n"
        "d = CopyDetector(test_dirs=['articles'], extensions=['txt'], display_t=0.05, silent=True,\n"
        "                 noise_t=10, guarantee_t=17, force_language='text', autoopen=False,\n"
        "                 disable_filtering=True)\n"
        "d.run()\n"
        "print(len(d.get_copied_code_list()))\n")
    try:
        t = time.perf_counter()
        res = subprocess.run([sys.executable, "-c", cd_code], cwd=folder, capture_output=True, text=True,
                             timeout=900)
        theirs = time.perf_counter() - t
        pairs = res.stdout.split()[-1] if res.stdout.split() else "?"
        status = f" ({pairs} file pairs)" if res.returncode == 0 else f" (exit {res.returncode}: {res.stderr.strip().splitlines()[-1][:80] if res.stderr.strip() else ''})"
        COMPARISONS.append(f"| {n:,} | {ours:.1f} s ({matches} passages) | {theirs:.1f} s{status} | {theirs / ours:.0f}× |")
    except subprocess.TimeoutExpired:
        COMPARISONS.append(f"| {n:,} | {ours:.1f} s ({matches} passages) | > 900 s (stopped) | > {900 / ours:.0f}× |")
    except FileNotFoundError:
        COMPARISONS.append(f"| {n:,} | {ours:.1f} s | copydetect not installed | |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--copydetect-max", type=int, default=1000)
    args = ap.parse_args()
    startup()
    throughput()
    scaling([int(s) for s in args.sizes.split(",")], args.copydetect_max)
    if COMPARISONS:
        print("## Duplicate detection vs copydetect (same files, whole process, one run)")
        print("| articles | factcheck | copydetect | ratio |")
        print("|---:|---:|---:|---:|")
        for row in COMPARISONS:
            print(row)


if __name__ == "__main__":
    main()
