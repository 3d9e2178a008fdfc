"""Dates of ``analyze_many`` records: every accepted form of one day gives the same ISO day,
and the lazy pandas proxy keeps what it looked up (per-record code reads ``pd.NaT``)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancemap._lazy import _LazyModule
from stancemap._records import parse_day

MOMENTS = st.datetimes(min_value=dt.datetime(1800, 1, 1), max_value=dt.datetime(2200, 12, 31))


@given(MOMENTS)
def test_every_form_of_a_moment_gives_its_day(moment: dt.datetime) -> None:
    day = moment.date().isoformat()
    forms = [
        moment,
        moment.date(),
        pd.Timestamp(moment),
        moment.isoformat(),
        moment.isoformat(sep=" "),
        moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        f"  {day}  ",
        pd.Timestamp(moment).to_datetime64(),
    ]
    assert [parse_day(f) for f in forms] == [day] * len(forms)


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NaT])
def test_missing_dates_are_none(missing: object) -> None:
    assert parse_day(missing) is None


@pytest.mark.parametrize("bad", ["", "not a date", "2020-13-45", 20200301])
def test_bad_dates_name_the_value(bad: object) -> None:
    with pytest.raises(ValueError, match=repr(bad).replace("(", r"\(")):
        parse_day(bad)


def test_lazy_module_keeps_what_it_looked_up() -> None:
    proxy = _LazyModule("json")
    assert "dumps" not in vars(proxy)
    import json

    assert proxy.dumps is json.dumps
    assert vars(proxy)["dumps"] is json.dumps  # the next access needs no __getattr__
