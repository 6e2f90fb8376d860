"""Time each recognizer of the screener's registry on the same posts, to see where time goes.

    .venv/bin/python benchmarks/profile_recognizers.py [--posts N]

spaCy parses the posts once (as `screen_many` does); then every recognizer analyses every post
with the entities it supports, and the script prints milliseconds per post for each, the spaCy
parse, and the rest of Presidio's `analyze` (context enhancement, score threshold) by difference.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_screen import load_posts


def main() -> None:
    """Parse once, then time each recognizer and the whole analysis."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=1000)
    args = parser.parse_args()
    posts = load_posts(args.posts)

    from screener import Screener
    from screener.settings import ScreenerSettings

    settings = ScreenerSettings(languages=("en",))
    screener = Screener.from_settings(settings)
    nlp = screener._nlp
    screener.screen_many(posts[:50], languages=["en"] * 50)  # warm-up

    t = time.perf_counter()
    docs = list(nlp.pipe(posts, "en", settings.batch_size))
    parse_s = time.perf_counter() - t
    artifacts = [nlp.artifacts(doc, "en") for doc in docs]

    timings: dict[str, float] = {}
    for recognizer in screener._analyzer.registry.get_recognizers("en", all_fields=True):
        t = time.perf_counter()
        for text, artifact in zip(posts, artifacts, strict=True):
            wanted = screener._wanted(text, "en")
            entities = [e for e in recognizer.supported_entities if e in wanted]
            if entities:
                recognizer.analyze(text, entities, artifact)
        timings[recognizer.name] = timings.get(recognizer.name, 0.0) + time.perf_counter() - t

    t = time.perf_counter()
    for text, artifact in zip(posts, artifacts, strict=True):
        screener._analyze(text, "en", artifact)
    analyze_s = time.perf_counter() - t
    t = time.perf_counter()
    screener.screen_many(posts, languages=["en"] * len(posts))
    total_s = time.perf_counter() - t

    per_post = lambda seconds: 1000 * seconds / len(posts)  # noqa: E731
    recognizers_s = sum(timings.values())
    print(f"{'spaCy parse':<32} {per_post(parse_s):6.2f} ms/post")
    for name, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        print(f"  {name:<30} {per_post(seconds):6.2f}")
    print(f"{'recognizers (sum)':<32} {per_post(recognizers_s):6.2f}")
    print(f"{'analyze (all, incl. context)':<32} {per_post(analyze_s):6.2f}")
    print(f"{'screen_many (parse + analyze + policy + redact)':<32} {per_post(total_s):6.2f}")


if __name__ == "__main__":
    main()
