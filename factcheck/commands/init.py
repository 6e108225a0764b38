"""`factcheck init`: set up a project the way a newsroom would adopt the tool."""

from __future__ import annotations

import shutil
from pathlib import Path

from factcheck import claimsfile, console
from factcheck.errors import FactcheckError

CONFIG = """\
# factcheck project configuration. Flags given on the command line override these.
articles: [articles]          # folders of .txt/.md articles (any depth)
claims: claims                # one reviewed claims file per article
rules: rules                  # which checks run, with their options
baseline: factcheck-baseline.yaml
fail_on: conflict             # or: review
"""

def run(target: Path) -> int:
    from factcheck.rules import default_rules_dir

    target = target.resolve()
    target.mkdir(parents=True, exist_ok=True)
    existing = [p for p in ("factcheck.yaml", "rules/default.yaml") if (target / p).exists()]
    if existing:
        raise FactcheckError(f"{target} already has {', '.join(existing)}; nothing was changed")
    for folder in ("articles", "claims", "rules"):
        (target / folder).mkdir(exist_ok=True)
    (target / "factcheck.yaml").write_text(CONFIG, encoding="utf-8")
    for f in sorted(default_rules_dir().glob("*.yaml")):
        shutil.copyfile(f, target / "rules" / f.name)
    claimsfile.install_schema(target / "claims")
    gitignore = target / ".gitignore"
    lines = gitignore.read_text(encoding="utf-8").splitlines() if gitignore.exists() else []
    for entry in (".factcheck-cache/", "claims/.factcheck.lock"):
        if entry not in lines:
            lines.append(entry)
    gitignore.write_text("\n".join(lines) + "\n", encoding="utf-8")
    console.info(f"initialised a factcheck project in {target}: factcheck.yaml, articles/, claims/, rules/")
    console.info("next: add articles, then `factcheck extract`, review claims/, and `factcheck run`")
    return 0
