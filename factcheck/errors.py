"""The one error type the user sees: an input or usage problem, reported on one line with exit code 2."""

from __future__ import annotations


class FactcheckError(Exception):
    """A problem with the user's input or invocation.

    It carries the location (file, line, column) so the CLI can print one line such as
    ``claims/a.yaml:12:5: unknown key 'vaule' (did you mean 'value'?)`` and exit with code 2.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


def did_you_mean(word: str, choices) -> str:
    """A ' (did you mean ...?)' suffix naming the closest of ``choices``, or ''."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""
