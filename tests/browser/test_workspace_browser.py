"""The annotation workspace in real Chromium: what a fact-checker does with mouse and keyboard."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from tests.browser.helpers import editor_with_article, log_in
from tests.conftest import PASSWORD
from webapp.database import write_intent
from webapp.extensions import db
from webapp.models import Article, Claim, Status, User
from webapp.services import changes, presence, users
from webapp.services.seeding import seed

# Screenshots go to test-results/; `CLAIMDESK_SCREENSHOT_DIR=docs/screenshots make test` refreshes
# the ones the README shows.
SCREENSHOTS = Path(os.environ.get("CLAIMDESK_SCREENSHOT_DIR", "test-results"))
EMOJI_PARAGRAPH = "Fans 🎉👍🏽 cheered as the café’s owner said 42 people queued for שלום bread."
ARTICLE = (
    "The council approved 120 new homes on Tuesday, the mayor said.\n\n"
    f"{EMOJI_PARAGRAPH}\n\n"
    "Officials said unemployment fell to 3.9% in April. Critics said the figure hides "
    "part-time work."
)


def _select(page, paragraph_text: str, words: str) -> None:
    """Select `words` inside the article paragraph containing `paragraph_text`, as a mouse
    drag would, by setting the DOM selection on the paragraph's text nodes."""
    page.evaluate(
        """([paragraphText, words]) => {
            const p = Array.from(document.querySelectorAll('#article-text p'))
                .find((node) => node.textContent.includes(paragraphText));
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            const nodes = [];
            let text = '';
            while (walker.nextNode()) {
                nodes.push([walker.currentNode, text.length]);
                text += walker.currentNode.data;
            }
            const from = text.indexOf(words), to = from + words.length;
            const locate = (offset) => {
                for (let i = nodes.length - 1; i >= 0; i--) {
                    if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]];
                }
            };
            const range = document.createRange();
            range.setStart(...locate(from));
            range.setEnd(...locate(to));
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }""",
        [paragraph_text, words],
    )


@pytest.fixture
def workspace(live_server, page):
    """An editor logged in on an article with an emoji paragraph; returns the article id."""
    article_id = editor_with_article(live_server, page, "Council homes", ARTICLE)
    page.goto(f"/articles/{article_id}")
    return article_id


def _claims(live_server, article_id):
    with live_server.app_context():
        rows = db.session.scalars(
            select(Claim).where(Claim.article_id == article_id).order_by(Claim.id)
        )
        return [(c.id, c.start, c.end, c.dismissed_reason, c.text) for c in rows]


def test_select_text_in_an_emoji_paragraph_creates_a_claim_at_code_point_offsets(
    page, live_server, workspace
):
    words = "cheered as the café’s owner said 42 people queued for שלום bread"
    _select(page, "Fans", words)
    bar = page.locator("#selection-bar")
    expect(bar).to_be_visible()
    expect(bar.locator("#selection-preview")).to_have_text(words)
    bar.get_by_role("button", name="Add claim").click()
    expect(page).to_have_url(re.compile(r"/claims/\d+$"))
    expect(page.locator("#claim-panel .passage mark")).to_have_text(words)

    start = ARTICLE.index(words)  # Python: code points, emoji counted once
    created = [c for c in _claims(live_server, workspace) if c[4] == words]
    assert len(created) == 1
    assert created[0][1:3] == (start, start + len(words))
    # The browser counts 🎉👍🏽 as 6 UTF-16 units, Python as 3 code points.
    assert len(ARTICLE[:start].encode("utf-16-le")) // 2 == start + 3

    page.reload()
    expect(page.locator(".claim-mark", has_text="שלום").first).to_be_visible()
    expect(page.locator("#claim-panel .passage mark")).to_have_text(words)


def test_keyboard_status_source_note_and_help(page, live_server, workspace):
    page.locator("body").press("j")
    panel = page.locator("#claim-panel")
    expect(panel.locator(".panel[data-claim-id]")).to_be_visible()
    first_id = panel.locator(".panel").get_attribute("data-claim-id")
    expect(page).to_have_url(re.compile(rf"/claims/{first_id}$"))

    page.keyboard.press("3")  # the third status in the list: Accurate
    expect(panel.locator(".panel-head .badge")).to_have_text("Accurate")
    expect(page.locator("#article-progress")).to_contain_text("1 awaiting approval")

    page.keyboard.press("s")
    url_field = panel.locator(".source-add").get_by_label("Web address")
    expect(url_field).to_be_focused()
    page.keyboard.type("https://stats.example.org/homes")  # typing fires no shortcut
    expect(url_field).to_have_value("https://stats.example.org/homes")
    expect(panel.locator(".panel-head .badge")).to_have_text("Accurate")
    panel.locator(".source-add").get_by_label("Title", exact=True).fill("Housing statistics")
    panel.locator(".source-add").get_by_label("Stance").select_option("supports")
    panel.locator(".source-add").get_by_role("button", name="Add source").click()
    link = panel.get_by_role("link", name="Housing statistics")
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    expect(link).to_have_attribute("target", "_blank")

    panel.locator(".source-edit summary").click()
    panel.locator(".source-edit").get_by_label("Title", exact=True).fill("Housing figures 2024")
    panel.locator(".source-edit").get_by_role("button", name="Save source").click()
    expect(panel.get_by_role("link", name="Housing figures 2024")).to_be_visible()

    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("n")
    expect(panel.get_by_label("Note")).to_be_focused()
    page.keyboard.type("Checked with the council.")
    page.keyboard.press("Enter")
    page.keyboard.type("Minutes: https://council.example.org/minutes")
    panel.get_by_role("button", name="Add note").click()
    expect(panel.get_by_role("link", name="https://council.example.org/minutes")).to_be_visible()

    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("?")
    help_dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(help_dialog).to_be_visible()
    expect(help_dialog).to_contain_text("Set status “Accurate”")
    page.keyboard.press("Escape")
    expect(help_dialog).to_be_hidden()

    page.keyboard.press("/")
    expect(page.get_by_label("Search claims")).to_be_focused()

    page.reload()
    panel = page.locator("#claim-panel")
    expect(panel.locator(".panel-head .badge")).to_have_text("Accurate")
    expect(panel.get_by_role("link", name="Housing figures 2024")).to_be_visible()
    expect(panel.locator(".note-body")).to_contain_text("Checked with the council.\nMinutes")
    expect(panel.locator(".timeline")).to_contain_text("source edited")


def test_split_merge_dismiss_and_undo(page, live_server, workspace):
    claims_before = _claims(live_server, workspace)
    target = next(c for c in claims_before if "unemployment" in c[4])
    page.goto(f"/claims/{target[0]}")
    page.evaluate("window.sameDocument = true")  # gone if anything reloads the page
    panel = page.locator("#claim-panel")
    panel.get_by_text("Shape this claim").click()
    option = panel.locator("select[name=at] option", has_text="| fell to 3.9%")
    # read the preview first, as a reviewer does (a split racing its own preview would answer
    # that preview with a 400: the claim it previews has changed)
    with page.expect_response(lambda response: "/split/preview" in response.url) as preview:
        panel.get_by_label("Split before the word").select_option(option.get_attribute("value"))
    assert preview.value.ok
    expect(panel.locator("#split-preview")).to_contain_text("Fell to 3.9% in April.")
    panel.get_by_role("button", name="Split claim").click()
    expect(panel.locator(".passage mark")).to_have_text("Officials said unemployment")
    after_split = _claims(live_server, workspace)
    assert len(after_split) == len(claims_before) + 1
    second = after_split[-1]
    assert ARTICLE[second[1] : second[2]] == "fell to 3.9% in April."
    # Issue 12 (9): the new claim's mark and row are swapped in, without a page reload.
    expect(page.locator(f'#article-text .claim-mark[data-claim-id="{second[0]}"]')).to_have_text(
        "fell to 3.9% in April."
    )
    expect(page.locator(f"#claim-row-{second[0]}")).to_be_visible()

    panel.get_by_text("Shape this claim").click()
    panel.get_by_role("button", name=f"Merge with claim {second[0]}").click()
    expect(panel.locator(".passage mark")).to_have_text(
        "Officials said unemployment fell to 3.9% in April."
    )
    merged = {c[0]: c for c in _claims(live_server, workspace)}
    assert merged[second[0]][3] == f"Merged into claim {target[0]}"

    panel.locator(".timeline li", has_text="merged").get_by_role("button", name="Undo").click()
    expect(panel.locator(".passage mark")).to_have_text("Officials said unemployment")
    restored = {c[0]: c for c in _claims(live_server, workspace)}
    assert restored[second[0]][3] is None

    panel.get_by_text("Shape this claim").click()
    panel.get_by_role("button", name="Add the word after").click()
    expect(panel.locator(".passage mark")).to_have_text("Officials said unemployment fell")

    panel.get_by_text("Shape this claim").click()
    panel.get_by_label("Why is this not a claim?").fill("Duplicate of the split claim")
    panel.get_by_role("button", name="Dismiss as not a claim").click()
    expect(panel.locator(".dismissed")).to_contain_text("Duplicate of the split claim")
    expect(page.locator(f"#claim-row-{target[0]}")).to_have_count(0)
    expect(page.locator(f'#article-text .claim-mark[data-claim-id="{target[0]}"]')).to_have_count(0)
    assert page.evaluate("window.sameDocument === true"), "a shaping action reloaded the page"

    page.reload()
    panel = page.locator("#claim-panel")
    panel.locator(".timeline li", has_text="dismissed").get_by_role("button", name="Undo").click()
    expect(panel.locator(".dismissed")).to_have_count(0)
    expect(page.locator(f"#claim-row-{target[0]}")).to_be_visible()
    expect(panel.locator(".timeline")).to_contain_text("undone")


def test_filters_live_in_the_url(page, live_server, workspace):
    page.get_by_label("Search claims").fill("unemployment")
    page.get_by_label("Sort by").select_option("score")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"q=unemployment"))
    expect(page).to_have_url(re.compile(r"sort=score"))
    rows = page.locator("#claim-list .claim-row")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("unemployment")
    page.reload()
    expect(page.get_by_label("Search claims")).to_have_value("unemployment")
    expect(page.locator("#claim-list .claim-row")).to_have_count(1)


def test_hover_and_focus_show_claim_details(page, live_server, workspace):
    mark = page.locator(".claim-mark").first
    mark.hover()
    tip = page.locator("#claim-tip")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Unreviewed")
    expect(tip).to_contain_text("score")
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()
    mark.focus()
    expect(tip).to_be_visible()
    # Issue 12 (10): after a click the claim is in the panel; the tip no longer covers the text.
    mark.click()
    expect(page.locator("#claim-panel .panel")).to_be_visible()
    expect(tip).to_be_hidden()
    page.mouse.move(0, 0)
    mark.hover()
    expect(tip).to_be_visible()


def test_mouse_drag_inside_a_claim_creates_a_nested_claim(page, live_server, workspace):
    words = "unemployment fell to 3.9%"
    box = page.evaluate(
        """(words) => {
            const mark = Array.from(document.querySelectorAll('.claim-mark'))
                .find((node) => node.textContent.includes(words));
            const node = mark.firstChild;
            const from = node.data.indexOf(words);
            const range = document.createRange();
            range.setStart(node, from);
            range.setEnd(node, from + 1);
            const first = range.getBoundingClientRect();
            range.setStart(node, from + words.length - 1);
            range.setEnd(node, from + words.length);
            const last = range.getBoundingClientRect();
            return {x1: first.left + 1, y1: first.top + first.height / 2,
                    x2: last.right - 0.5, y2: last.top + last.height / 2};
        }""",
        words,
    )
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=8)
    page.mouse.up()
    expect(page.locator("#selection-preview")).to_have_text(words)
    # The claim opens on a new page: hover once its script has run (it shows the tip).
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("button", name="Add claim").click()
    expect(page.locator("#claim-panel .passage mark")).to_have_text(words)
    start = ARTICLE.index(words)
    assert any(c[1:3] == (start, start + len(words)) for c in _claims(live_server, workspace))
    nested = page.locator(".claim-mark.depth-2", has_text="fell to")
    expect(nested).to_have_count(1)
    nested.hover()
    expect(page.locator("#claim-tip")).to_contain_text("inside claim")


def test_shortcuts_click_declared_buttons_and_ignore_modifiers_and_fields(
    page, live_server, workspace
):
    page.keyboard.press("j")
    panel = page.locator("#claim-panel .panel")
    expect(panel).to_be_visible()
    first_id = panel.get_attribute("data-claim-id")
    # The team-review panel declares its approve button with data-shortcut="a".
    page.evaluate(
        """() => {
            const button = document.createElement('button');
            button.type = 'button';
            button.dataset.shortcut = 'a';
            button.textContent = 'Approve';
            button.addEventListener('click', () => { button.textContent = 'Approved'; });
            document.querySelector('#claim-panel .panel').append(button);
        }"""
    )
    page.keyboard.press("Control+a")
    expect(page.locator("[data-shortcut=a]")).to_have_text("Approve")
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("a")
    expect(page.locator("[data-shortcut=a]")).to_have_text("Approved")

    page.get_by_label("Search claims").focus()
    page.keyboard.type("jk2")
    expect(page.get_by_label("Search claims")).to_have_value("jk2")
    expect(panel).to_have_attribute("data-claim-id", first_id)
    expect(panel.locator(".badge").first).to_have_text("Unreviewed")

    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    expect(page.locator("#claim-panel .panel")).not_to_have_attribute("data-claim-id", first_id)
    page.keyboard.press("k")
    expect(page.locator("#claim-panel .panel")).to_have_attribute("data-claim-id", first_id)


def test_screenshots_and_phone_width(browser, live_server, page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with live_server.app_context():
        seed(live_server.config["SEEDS_DIR"], live_server.config["MAX_ARTICLE_BYTES"])
        users.create_user("ada", PASSWORD, "editor")
        article = db.session.scalars(select(Article)).first()
        claims = sorted(article.claims, key=lambda c: c.start)[1:]
        user = db.session.scalar(select(User))
        statuses = {s.name: s for s in db.session.scalars(select(Status))}
        verdicts = ["Accurate", "False", "Misleading", "In progress"]
        for claim, name in zip(claims[1:5], verdicts, strict=True):
            changes.apply(
                claim, user, changes.SetFields.of(**{"status_id": statuses[name].id}), claim.version
            )
        first = claims[0]
        changes.apply(
            first,
            user,
            changes.AddSource(
                changes.SourceFields(
                    url="https://www.example.org/report",
                    title="Ministry statement",
                    publisher="Ministry of Defence",
                    stance="supports",
                )
            ),
        )
        changes.apply(
            first,
            user,
            changes.AddNote("Two outlets confirm the figure.\nSee https://example.org/wire"),
        )
        db.session.commit()
        first_id = first.id
    log_in(page, "ada")
    page.goto(f"/claims/{first_id}")
    expect(page.locator("#claim-panel .panel")).to_be_visible()
    page.screenshot(path=str(SCREENSHOTS / "article-screen.png"))
    page.set_viewport_size({"width": 1280, "height": 2400})  # the whole panel, unscrolled
    page.locator("#claim-panel").screenshot(path=str(SCREENSHOTS / "claim-panel.png"))
    page.set_viewport_size({"width": 1280, "height": 900})

    phone = browser.new_context(
        viewport={"width": 390, "height": 844},
        base_url=live_server.live_url,
        has_touch=True,
        is_mobile=True,
    )
    phone.add_cookies(page.context.cookies())
    small = phone.new_page()
    small.goto(f"/claims/{first_id}")
    expect(small.locator("#claim-panel .panel")).to_be_visible()
    width = small.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways at 390px ({width}px wide)"
    small.screenshot(path=str(SCREENSHOTS / "phone-390.png"))
    # Issue 12: reading and setting a status work with touch. A tapped passage opens its claim
    # and brings the panel (below the article on a phone) into view.
    other = small.locator(f'#article-text .claim-mark:not([data-claim-id="{first_id}"])').first
    other_id = other.get_attribute("data-claim-id")
    other.tap()
    panel = small.locator("#claim-panel .panel")
    expect(panel).to_have_attribute("data-claim-id", other_id)
    expect(panel.locator(".panel-head")).to_be_in_viewport()
    expect(small.locator("#claim-tip")).to_be_hidden()
    status_button = panel.get_by_role("button", name="Set status")
    assert status_button.bounding_box()["height"] >= 44, "touch target under 44 px"
    panel.get_by_label("Status").select_option(label="False")
    status_button.tap()
    expect(panel.locator(".panel-head .badge")).to_have_text("False")
    expect(small.locator(f'.claim-mark[data-claim-id="{other_id}"]').first).to_have_attribute(
        "data-status-name", "False"
    )
    phone.close()


def _active(page) -> str:
    """What has the keyboard focus: the tag, and the claim id if it is the claim's panel."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return el.classList.contains('panel') ? 'panel:' + el.dataset.claimId
                : el.tagName.toLowerCase() + (el.name ? ':' + el.name : '');
        }"""
    )


def test_after_each_panel_action_its_result_is_in_view_and_shortcuts_still_work(
    page, live_server, workspace, refusals_expected
):
    """Issue 12 (1, 2): on a short screen the panel scrolls; after Add note, an invalid source
    and Ctrl+Enter, the reviewer sees the result where they acted, focus is back on the claim
    (or on the field to correct), j/k/1–9 work without clicking anywhere, and no id repeats."""
    refusals_expected.add(400)  # the invalid source
    page.set_viewport_size({"width": 1100, "height": 560})
    page.locator("#claim-list .claim-row > a").first.click()
    panel = page.locator("#claim-panel")
    first_id = panel.locator(".panel").get_attribute("data-claim-id")

    note = panel.locator(".note-form textarea")
    note.fill("Called the council press office.")
    panel.get_by_role("button", name="Add note").click()
    expect(panel.locator(".note-body")).to_have_text("Called the council press office.")
    expect(panel.locator(".panel-message")).to_be_in_viewport()
    expect(panel.locator(".panel-message")).to_contain_text("Note")
    assert _active(page) == f"panel:{first_id}"

    panel.locator(".source-add summary").click()
    panel.locator(".source-add").get_by_label("Web address").fill("javascript:alert(1)")
    panel.locator(".source-add").get_by_role("button", name="Add source").click()
    error = panel.locator(".source-add .field-error")
    expect(error).to_be_visible()
    expect(error).to_be_in_viewport()
    assert _active(page) == "input:url"

    page.keyboard.press("Escape")
    page.evaluate("document.activeElement.blur()")
    panel.locator(".note-form textarea").fill("Second call: figure confirmed.")
    panel.locator(".note-form textarea").press("Control+Enter")
    expect(panel.locator(".note-body")).to_have_count(2)
    expect(panel.locator(".panel-message")).to_be_in_viewport()

    # Focus is on the claim, not on a button: the number keys and j work at once.
    page.keyboard.press("3")
    expect(panel.locator(".panel-head .badge")).to_have_text("Accurate")
    page.keyboard.press("j")
    expect(panel.locator(".panel")).not_to_have_attribute("data-claim-id", first_id)

    duplicates = page.evaluate(
        """() => {
            const ids = Array.from(document.querySelectorAll('[id]'), (el) => el.id);
            return ids.filter((id, i) => ids.indexOf(id) !== i);
        }"""
    )
    assert duplicates == []


def test_a_colleagues_save_first_never_loses_what_the_second_reviewer_typed(
    page, live_server, workspace, refusals_expected
):
    """Issue 12 (5): two people edit the same wording; the second sees theirs beside the
    current one, applies theirs on top with one click, and not one keystroke is lost."""
    page.locator("#claim-list .claim-row > a").first.click()
    panel = page.locator("#claim-panel")
    claim_id = int(panel.locator(".panel").get_attribute("data-claim-id"))
    with live_server.app_context(), write_intent():
        colleague = users.create_user("bea", PASSWORD, "reviewer")
        claim = db.session.get(Claim, claim_id)
        changes.apply(claim, colleague, changes.SetFields.of(text="Council approved homes."), 1)
        db.session.commit()

    refusals_expected.add(409)
    mine = "The council approved 120 new homes on Tuesday, according to the mayor."
    panel.locator(".edit-claim summary").click()
    wording = panel.locator(".edit-claim").get_by_label("Claim wording")
    wording.fill("")
    wording.press_sequentially(mine)
    panel.get_by_role("button", name="Save wording").click()
    conflict = panel.locator(".conflict")
    expect(conflict).to_be_in_viewport()
    expect(conflict.locator(".yours-value").first).to_have_text(mine)
    expect(conflict).to_contain_text("Council approved homes.")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    panel.screenshot(path=str(SCREENSHOTS / "conflict-yours-now.png"), caret="initial")
    conflict.get_by_role("button", name="Apply mine on top").click()
    expect(panel.locator(".claim-text")).to_have_text(mine)
    with live_server.app_context():
        assert db.session.get(Claim, claim_id).text == mine


def test_a_change_committed_before_the_pages_first_poll_is_still_shown(
    page, live_server, workspace
):
    """A colleague's save that lands between the page's render and its first poll (the page
    was slow to load, or the first poll failed) reaches the page with the next poll: the page
    knows from its render which changes it already shows."""
    page.route("**/live/articles/**", lambda route: route.fulfill(status=204))
    page.reload()
    with live_server.app_context(), write_intent():
        colleague = users.create_user("bea", PASSWORD, "reviewer")
        false = db.session.scalar(select(Status).where(Status.name == "False"))
        claim = db.session.scalars(
            select(Claim).where(Claim.article_id == workspace).order_by(Claim.start)
        ).first()
        changes.apply(claim, colleague, changes.SetFields.of(status_id=false.id), 1)
        db.session.commit()
        claim_id = claim.id
    page.unroute("**/live/articles/**")
    expect(page.locator(f"#claim-row-{claim_id} .badge")).to_have_text("False", timeout=10_000)
    expect(page.locator("#live-announcements p")).to_contain_text(
        f"Claim {claim_id} changed by bea: status now False"
    )


def test_many_changes_at_once_update_every_row_and_are_told_in_one_line(
    page, live_server, workspace, monkeypatch
):
    """A colleague's change of many claims at once (a bulk change, an import of verdicts):
    every row's badge follows, though past LIVE_ROWS_MAX the rows are not sent, and the
    page says it in one line rather than one line per claim."""
    monkeypatch.setattr(presence, "LIVE_ROWS_MAX", 1)
    with live_server.app_context(), write_intent():
        colleague = users.create_user("bea", PASSWORD, "reviewer")
        false = db.session.scalar(select(Status).where(Status.name == "False"))
        claims = db.session.scalars(select(Claim).where(Claim.article_id == workspace)).all()
        for claim in claims:
            changes.apply(claim, colleague, changes.SetFields.of(status_id=false.id), 1)
        db.session.commit()
        ids = [claim.id for claim in claims]
    assert len(ids) >= 4
    for claim_id in ids:
        expect(page.locator(f"#claim-row-{claim_id} .badge")).to_have_text("False")
    told = page.locator("#live-announcements p")
    expect(told).to_have_text([f"{len(ids)} claims changed by bea"])
