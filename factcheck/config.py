"""Project configuration: ``[tool.factcheck]`` in ``pyproject.toml`` or ``factcheck.yaml``,
found by searching from the current folder upwards. Command-line flags override it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError, did_you_mean

DEFAULTS = {
    "articles": ["articles"],
    "claims": "claims",
    "rules": "rules",
    "cache": ".factcheck-cache",
    "baseline": "factcheck-baseline.yaml",
    "fail_on": "conflict",
    "jobs": 0,
    "lang": "",  # the language of reports: zh_CN or en ("" = from --lang or the locale)
}


@dataclass
class Config:
    root: Path
    articles: list[str] = field(default_factory=lambda: list(DEFAULTS["articles"]))
    claims: str = DEFAULTS["claims"]
    rules: str = DEFAULTS["rules"]
    cache: str = DEFAULTS["cache"]
    baseline: str = DEFAULTS["baseline"]
    fail_on: str = DEFAULTS["fail_on"]
    jobs: int = 0
    lang: str = ""
    source: str = ""  # the file the configuration came from, or "" for defaults

    def path(self, rel: str) -> Path:
        p = Path(rel)
        return p if p.is_absolute() else self.root / p

    @property
    def claims_dir(self) -> Path:
        return self.path(self.claims)

    @property
    def rules_dir(self) -> Path:
        return self.path(self.rules)

    @property
    def cache_dir(self) -> Path:
        return self.path(self.cache)

    @property
    def article_paths(self) -> list[Path]:
        return [self.path(a) for a in self.articles]


def find_config(start: Path | None = None) -> Config:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        yaml_file = folder / "factcheck.yaml"
        if yaml_file.is_file():
            from factcheck import yamlio

            data = yamlio.load_file(yaml_file, folder) or {}
            return _build(folder, data, "factcheck.yaml")
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            import tomllib

            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except tomllib.TOMLDecodeError as exc:
                raise FactcheckError(f"invalid TOML: {exc}", str(pyproject)) from None
            section = data.get("tool", {}).get("factcheck")
            if section is not None:
                return _build(folder, section, "pyproject.toml [tool.factcheck]")
    return Config(root=here)


def _build(root: Path, data: dict, source: str) -> Config:
    if not isinstance(data, dict):
        raise FactcheckError("configuration must be a mapping", source)
    for key in data:
        if key not in DEFAULTS:
            raise FactcheckError(f"unknown key {key!r}{did_you_mean(key, DEFAULTS)}", source)
    cfg = Config(root=root, source=source)
    for key, value in data.items():
        if key == "articles":
            value = [value] if isinstance(value, str) else list(value)
            if not all(isinstance(v, str) for v in value):
                raise FactcheckError("`articles` is a folder or a list of folders", source)
        elif key == "jobs":
            if not isinstance(value, int) or value < 0:
                raise FactcheckError("`jobs` is a whole number (0 = one per core)", source)
        elif key == "fail_on":
            if value not in ("conflict", "review"):
                raise FactcheckError("`fail_on` is 'conflict' or 'review'", source)
        elif key == "lang":
            from factcheck.messages import normalize_language

            if not isinstance(value, str) or normalize_language(value) is None:
                raise FactcheckError(f"`lang` is 'zh_CN' or 'en', not {value!r}", source)
        elif not isinstance(value, str):
            raise FactcheckError(f"`{key}` must be a path", source)
        setattr(cfg, key, value)
    return cfg
