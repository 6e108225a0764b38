"""A synthetic corpus generated from the bundled articles, for benchmarks.

Each article recombines 12–28 paragraphs of the real ones (about 5 KB). So that articles are
not all copies of one another (which no archive is), ordinary characters are swapped at random (35%), while
digits, units, counters and the words that state relations are kept, so the extractor still
has work to do; figures are perturbed (20%); and 5% of articles carry a passage copied
verbatim from an earlier one, a third of them with one figure changed. The output is the same
for the same seed.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEEP = set("0123456789.%万亿元家个项人名条次台户年月日同比增长下降占比重其中分别等大约近超过以上余多倍百分点计划完成预计力争")


def paragraphs() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from factcheck.normalize import normalize

    out = []
    for f in sorted((ROOT / "articles").rglob("*")):
        if f.suffix in (".txt", ".md"):
            out += [p for p in normalize(f.read_text(encoding="utf-8")).text.split("\n") if len(p) >= 20]
    return out


def mutate(text: str, rng: random.Random, alphabet: str, rate: float = 0.35) -> str:
    chars = list(text)
    for i, ch in enumerate(chars):
        if "\u4e00" <= ch <= "\u9fff" and ch not in KEEP and rng.random() < rate:
            chars[i] = rng.choice(alphabet)
    text = "".join(chars)
    return re.sub(r"\d+(?:\.\d+)?", lambda m: _perturb(m.group(0), rng) if rng.random() < 0.2 else m.group(0), text)


def _perturb(num: str, rng: random.Random) -> str:
    decimals = len(num.split(".")[1]) if "." in num else 0
    return f"{float(num) * rng.uniform(0.7, 1.3):.{decimals}f}"


def generate(folder: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    pool = paragraphs()
    alphabet = "".join(sorted({c for p in pool for c in p if "\u4e00" <= c <= "\u9fff"}))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "factcheck.yaml").write_text("articles: articles\n", encoding="utf-8")
    arts = folder / "articles"
    made: list[list[str]] = []
    for i in range(n):
        paras = [mutate(rng.choice(pool), rng, alphabet) for _ in range(rng.randint(12, 28))]
        if made and rng.random() < 0.05:
            copied = rng.choice(rng.choice(made))
            if rng.random() < 0.33:
                copied = re.sub(r"\d+", lambda m: str(int(m.group(0)) + 1), copied, count=1)
            paras.insert(rng.randrange(len(paras) + 1), copied)
        made.append(paras)
        year = 2020 + i % 6
        path = arts / f"{i // 1000:02d}" / f"a{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"日期:{year}-{1 + i % 12:02d}-15\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    return folder


if __name__ == "__main__":
    target = Path(sys.argv[1])
    generate(target, int(sys.argv[2]) if len(sys.argv) > 2 else 100)
    print(f"wrote {sys.argv[2] if len(sys.argv) > 2 else 100} articles to {target}")
