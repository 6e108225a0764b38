"""The HTML report at scale: its size for 1,000 synthetic articles and its time to first paint
in headless Chromium (when one is installed). Figures, not assertions."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import generate  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main(n: int = 1000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root / "articles", n)
        (root / "factcheck.yaml").write_text("articles: articles\n", encoding="utf-8")
        out = root / "report.html"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "run", "-f", "html", "-o", str(out)], cwd=root,
                       capture_output=True)
        built = time.perf_counter() - t
        size = out.stat().st_size
        print(f"HTML report, {n} articles: {size / 1e6:.1f} MB, written in {built:.1f} s")
        chromium = shutil.which("chromium")
        if chromium is None:
            print("  time to first paint: no Chromium here (apt-get install chromium)")
            return
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            page = browser.new_page()
            t = time.perf_counter()
            page.goto(out.as_uri(), wait_until="load")
            loaded = time.perf_counter() - t
            fcp = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime || 0")
            browser.close()
        print(f"  first contentful paint {fcp / 1000:.2f} s; page loaded and first article built in {loaded:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
