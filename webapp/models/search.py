"""The full-text search document of each claim, claim matches and claim groups."""

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, DateTime, Float, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, foreign, mapped_column, relationship, remote

from webapp.extensions import db
from webapp.models.base import utcnow
from webapp.models.claim import Claim


class SearchDocument(db.Model):
    """What search reads for one claim: its article's title, wording, speaker, and its notes,
    sources and comments in `extra`. The database's own full-text index covers these columns
    (FTS5 on SQLite, a generated tsvector on PostgreSQL; see migration 0008)."""

    __tablename__ = "search_documents"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    article_id: Mapped[int] = mapped_column(index=True)
    # Copies of the article's and the claim's state, so search filters and orders hits without
    # visiting articles or claims (migration 0011 adds a covering index for this on SQLite).
    article_live: Mapped[bool] = mapped_column(default=True)
    claim_dismissed: Mapped[bool] = mapped_column(default=False, server_default=false())
    published_on: Mapped[date | None] = mapped_column(Date)  # else the import date
    outlet: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text, default="")
    claim_text: Mapped[str] = mapped_column(Text, default="")
    speaker: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[str] = mapped_column(Text, default="")


class ClaimFeatures(db.Model):
    """What matching compares of one claim's wording (`webapp.matching.prepare`), stored when
    the claim is matched (at import, after a rewording) so that as an earlier claim it is read
    rather than prepared again each time it is a candidate. Features made by another version
    of `prepare` or from another wording are never compared, only prepared again (migration
    0014)."""

    __tablename__ = "claim_features"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    version: Mapped[int]  # webapp.matching.FEATURES_VERSION
    text_crc: Mapped[int] = mapped_column(BigInteger)  # CRC-32 of the wording they came from
    features: Mapped[str] = mapped_column(Text)  # webapp.matching.to_stored
    # What claim_figures held for the wording when these features were stored: how many rows
    # and the sum of their values' magnitudes (`search-index check` compares them with the
    # table; NULL in rows stored before migration 0016, until `fill-features` records them).
    figure_count: Mapped[int | None]
    figure_sum: Mapped[float | None] = mapped_column(Float)


class ClaimFigure(db.Model):
    """One figure a claim states, as a value (`webapp.matching.figure_keys`: "£350m", "£350
    million" and "350,000,000 pounds" are ("number", 350000000.0)), stored with its features
    so that matching finds earlier claims stating a figure however they wrote it by a look-up
    of the value (migration 0015)."""

    __tablename__ = "claim_figures"
    __table_args__ = (Index("ix_claim_figures_value", "unit", "value", "claim_id"),)

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    unit: Mapped[str] = mapped_column(String(8), primary_key=True)  # number, percent, date
    value: Mapped[float] = mapped_column(Float, primary_key=True)


class ClaimGroup(db.Model):
    """Claims a reviewer has said state the same fact."""

    __tablename__ = "claim_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ClaimGroupMember(db.Model):
    __tablename__ = "claim_group_members"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("claim_groups.id"), index=True)
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    claim: Mapped[Claim] = relationship()
    members: Mapped[list["ClaimGroupMember"]] = relationship(
        primaryjoin=lambda: foreign(ClaimGroupMember.group_id) == remote(ClaimGroupMember.group_id),
        viewonly=True,
        uselist=True,
        order_by=lambda: ClaimGroupMember.claim_id,
    )


# The claim's group membership, for exports (loaded with selectinload, one query per batch).
Claim.group_member = relationship(ClaimGroupMember, uselist=False, viewonly=True)


class ClaimMatch(db.Model):
    """A suggested earlier claim (`other_id`) stating the same fact as `claim_id`, 0..1."""

    __tablename__ = "claim_matches"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True, index=True)
    score: Mapped[float] = mapped_column(Float)
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    other: Mapped[Claim] = relationship(foreign_keys=[other_id])


class ClaimMatchDismissal(db.Model):
    """ "Not the same": this suggestion never comes back for this claim."""

    __tablename__ = "claim_match_dismissals"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
