import pytest

from memberdesk.domain.phone import PhoneError, last4, mask_phone, normalise_phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("+49 151 1234 5678", "+4915112345678"),
        ("0049 151 1234 5678", "+4915112345678"),
    ],
)
def test_normalise_accepts_what_counters_type(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize(
    "bad", ["", "1381234567", "138123456789", "12812345678", "23812345678", "abc", "+8612812345678", "+12"]
)
def test_normalise_refuses_bad_phones(bad: str) -> None:
    with pytest.raises(PhoneError):
        normalise_phone(bad)


def test_mask_and_last4() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+4915112345678") == "+49*******5678"
    assert last4("13812345678") == "5678"
