"""What the recognizers read of a parsed post's tokens, read from spaCy once per post.

A Doc builds a new Token object at every `doc[i]` and every step of `for token in doc`, and
each attribute read (`.text`, `.lower_`) looks its string up again. The name, place and health
recognizers read the same few attributes of the same tokens dozens of times per post, so they
read them from this table instead: plain lists, indexed like the Doc.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# A word, possibly compound: "Emily", "Jean-Pierre", "O'Brien", "Saint-Étienne".
WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")

_KEY = "clearpost.tokens"


class Tokens:
    """One list per token attribute, in token order (`text[i]` is `doc[i].text`)."""

    __slots__ = (
        "alpha",
        "doc_text",
        "email",
        "idx",
        "lower",
        "num",
        "space",
        "space_after",
        "stop",
        "text",
        "url",
        "word",
    )

    def __init__(self, doc: Doc) -> None:
        self.text: list[str] = []
        self.lower: list[str] = []
        self.idx: list[int] = []  # character offset of the token in the post
        self.space_after: list[bool] = []  # a space follows (spaCy's `whitespace_`)
        self.alpha: list[bool] = []
        self.stop: list[bool] = []
        self.space: list[bool] = []  # a token of white space (line breaks, extra spaces)
        self.url: list[bool] = []
        self.email: list[bool] = []
        self.num: list[bool] = []  # spaCy's `like_num`
        self.word: list[bool] = []  # letters, hyphenated or with an apostrophe (WORD)
        for token in doc:
            text = token.text
            self.text.append(text)
            self.lower.append(token.lower_)
            self.idx.append(token.idx)
            self.space_after.append(bool(token.whitespace_))
            self.alpha.append(token.is_alpha)
            self.stop.append(token.is_stop)
            self.space.append(token.is_space)
            self.url.append(token.like_url)
            self.email.append(token.like_email)
            self.num.append(token.like_num)
            self.word.append(WORD.match(text) is not None)
        # The Doc's text (spaCy joins it anew at each `doc.text`): tokens and their spaces.
        self.doc_text = "".join(
            [t + " " if s else t for t, s in zip(self.text, self.space_after, strict=True)]
        )

    def __len__(self) -> int:
        return len(self.text)

    def end_char(self, i: int) -> int:
        """The character offset just after token i."""
        return self.idx[i] + len(self.text[i])

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`: the post's characters from token `start` to the end of token
        `end - 1`."""
        if end <= start:
            return ""
        return self.doc_text[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]


def tokens_of(doc: Doc) -> Tokens:
    """The token table of a parsed post, built once per Doc (several recognizers read it)."""
    table = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = Tokens(doc)
    assert isinstance(table, Tokens)
    return table
