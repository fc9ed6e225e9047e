"""Fixtures for archive search and claim matching: an archive of a few articles, tokens."""

from datetime import date

import pytest


@pytest.fixture
def archive(make_article):
    """Three articles: two report the same figures in different words; one is unrelated."""
    first = make_article(
        "Vietnam memorial figures",
        "The Vietnam wall lists 58,320 names, the park service said. "
        "The budget deficit reached $1.2bn in 2022, the ministry said.",
        outlet="Daily Ledger",
        published_on=date(2024, 5, 1),
    )
    second = make_article(
        "Memorial visit",
        "More than 58,000 names are engraved on the Vietnam wall, officials said. "
        "The deficit was 1.2 billion dollars in 2022, according to the ministry.",
        outlet="Evening Post",
        published_on=date(2024, 6, 1),
    )
    third = make_article(
        "Harvest",
        "Farmers harvested 4,000 tonnes of apples in Kent, the growers' union said.",
        outlet="Farm Weekly",
        published_on=date(2023, 9, 1),
    )
    return first, second, third


def claim_with(article, words: str):
    return next(claim for claim in article.claims if words in claim.text)
