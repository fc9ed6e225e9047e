"""Session 35 (round 41): rules from the retired thirty-second fresh set's errors, each a
general pattern of news copy, tested on sentences of our own."""

from tests.unit.extraction.helpers import claims_of, speakers


def test_the_holder_of_an_office_with_and_in_its_name_is_the_speaker():
    source = (
        "Minister for Housing and Urban Renewal Tania Moore says 4,000 homes will be built. "
        "\u201cWe are on track,\u201d she said."
    )
    assert speakers(source) == ["Tania Moore", "Tania Moore"]


def test_a_person_after_an_agencys_title_is_the_person():
    source = (
        "\u201cThe virus does not spread between people,\u201d Ohio Department of Health Chief "
        "Medical Officer Ruth Park said."
    )
    assert speakers(source) == ["Ruth Park"]


def test_an_office_alone_keeps_its_name():
    source = "The Secretary of Health and Human Services said 300 clinics would open."
    assert speakers(source) == ["Secretary of Health and Human Services"]


def test_a_place_after_the_office_is_not_a_name():
    source = (
        "The toll has reached 18, the Minister of Health in Western Equatoria, Juma Abdallah, "
        "said on Monday."
    )
    assert "Western Equatoria" not in speakers(source)


def test_however_before_the_subject_is_no_part_of_it():
    source = "However the Bureau of Statistics has now confirmed that prices rose 4 percent."
    assert speakers(source) == ["Bureau of Statistics"]


def test_no_immediate_comment_is_boilerplate():
    claim = claims_of("There was no immediate comment from the army.")[0][1]
    assert (claim.checkable, claim.checkable_reason) == (False, "boilerplate")


def test_like_i_said_names_no_one_for_a_later_he_said():
    source = (
        "\u201cLike I said before the final, I don't want to be the boss, I want to be the "
        "leader,\u201d Mehta said at the ceremony.\n"
        "\u201cThe skill they have makes my job easy. After the last game, I told two boys they "
        "would be rested.\n"
        "\u201cThey have made my job easy,\u201d he said."
    )
    assert "Like I" not in speakers(source)
