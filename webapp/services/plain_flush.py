"""A flush without the unit of work, for the shape a reviewer's save has.

`changes.apply` ends with one flush. For a save that flush is an UPDATE of the claim (its
version checked) and the INSERT of its note, and SQLAlchemy's unit of work — sorting mappers,
building dependency processors, collecting parameters through its generic paths — costs more CPU
than the two statements themselves (about a quarter of a save in-process on PostgreSQL). `flush`
issues the same statements directly when what is pending is that simple, and does the ORM's
bookkeeping afterwards as its own flush does: the `after_flush` listeners (the search index,
presence) see the same session, the objects end up persistent and clean, and a rollback forgets
the new ones. Anything else goes through `Session.flush()`:

- only loaded rows changed (no deletions) and new rows added, of mappers with one table, no mapper
  events, no `onupdate`, no server-side defaults left to fetch, an integer primary key;
- a relationship changed only as a many-to-one to an object already in the database (its foreign
  key is written, as the ORM's flush would set it);
- a new row refers to no other new row (so UPDATEs, then INSERTs in the order added, is an order
  the database accepts);
- no `before_flush` or `pending_to_persistent` listener, no delete-orphan cascade.

A versioned mapper (`version_id_col`, the claims) gets `WHERE version = old`, and a row count
other than one raises `StaleDataError`, as the ORM's flush does.

It uses SQLAlchemy's session internals (`_new`, `_deleted`, `_register_persistent`, the flush's
subtransaction) the way `Session._flush` does; tests/services/test_plain_flush.py compares it
with the ORM's flush, so an upgrade of SQLAlchemy that changes them fails there first.
"""

from __future__ import annotations

from sqlalchemy import bindparam, inspect
from sqlalchemy.orm import ColumnProperty, RelationshipProperty
from sqlalchemy.orm.attributes import PASSIVE_NO_INITIALIZE
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.interfaces import MANYTOONE
from sqlalchemy.orm.unitofwork import UOWTransaction

_PK = "_plain_pk"
_OLD_VERSION = "_plain_version"
_mappers: dict = {}  # mapper -> its writer, or None when it must go through the ORM


class _Unsupported(Exception):
    """What is pending is not the simple shape: the ORM flushes it."""


def flush(session) -> None:
    """Flush `session`: with plain statements when what is pending allows, else the ORM's."""
    try:
        updates, inserts = _plan(session)
    except _Unsupported:
        session.flush()
        return
    if not updates and not inserts:
        session.flush()  # nothing to write; lets the ORM clear its bookkeeping as usual
        return
    _write(session, updates, inserts)


class _Writer:
    """The statements of one mapper's table, built once."""

    def __init__(self, mapper):
        table = mapper.local_table
        (pk,) = mapper.primary_key
        self.mapper = mapper
        self.table = table
        self.pk = pk
        self.pk_key = mapper.get_property_by_column(pk).key
        self.version = mapper.version_id_col
        self.version_key = (
            mapper.get_property_by_column(self.version).key if self.version is not None else None
        )
        where = pk == bindparam(_PK)
        if self.version is not None:
            where = where & (self.version == bindparam(_OLD_VERSION))
        # Executed with the changed columns' values as parameters: Core sets those columns.
        self.update = table.update().where(where)
        self.insert = table.insert()
        self.column_keys = {
            prop.key: prop.columns[0] for prop in mapper.column_attrs if len(prop.columns) == 1
        }


def _writer(mapper) -> _Writer:
    if mapper not in _mappers:
        _mappers[mapper] = _Writer(mapper) if _plain(mapper) else None
    writer = _mappers[mapper]
    if writer is None:
        raise _Unsupported
    return writer


def _plain(mapper) -> bool:
    table = mapper.local_table
    if mapper.inherits is not None or len(mapper.tables) != 1 or len(mapper.primary_key) != 1:
        return False
    if mapper.version_id_col is not None and mapper.version_id_generator is not False:
        return False
    if mapper._delete_orphans:
        return False  # a new row may be an orphan the ORM's flush would refuse
    events = mapper.dispatch
    if any(
        getattr(events, name)
        for name in ("before_insert", "after_insert", "before_update", "after_update")
    ):
        return False
    (pk,) = mapper.primary_key
    if not pk.autoincrement or pk.server_default is not None:
        return False
    for prop in mapper.column_attrs:
        if len(prop.columns) != 1 or prop.columns[0].table is not table:
            return False
    for column in table.columns:
        if column.onupdate is not None or column.server_onupdate is not None:
            return False
        if column is not pk and column.server_default is not None:
            return False
        if column.default is not None and not (
            column.default.is_scalar or column.default.is_callable
        ):
            return False
    return True


def _plan(session):
    if session._deleted or session.dispatch.before_flush or session.dispatch.pending_to_persistent:
        raise _Unsupported
    updates = []
    dirty = sorted(session._dirty_states, key=lambda state: (state.class_.__name__, state.key[1]))
    for state in dirty:
        if state.deleted or state.was_deleted:
            raise _Unsupported
        writer = _writer(state.mapper)
        updates.append((state, writer, _changed_values(state, writer)))
    new_tables = set()
    inserts = []
    for state in sorted(session._new, key=lambda state: state.insert_order):
        writer = _writer(state.mapper)
        new_tables.add(writer.table)
        inserts.append((state, writer, _new_values(state, writer)))
    for _state, writer, _values in inserts:
        if any(key.column.table in new_tables for key in writer.table.foreign_keys):
            raise _Unsupported  # a new row pointing at a new row: the ORM orders them
    return updates, inserts


def _changed_values(state, writer: _Writer) -> dict:
    """The changed columns of a loaded row: {column key: new value}, foreign keys of changed
    many-to-one relationships included."""
    values: dict = {}
    related: dict = {}  # a relationship's foreign key wins over its column, as in the ORM
    synced: dict = {}
    for key in state.committed_state:
        prop = state.mapper.attrs[key]
        history = state.manager[key].impl.get_history(state, state.dict, PASSIVE_NO_INITIALIZE)
        if isinstance(prop, ColumnProperty):
            if history.added:
                values[writer.column_keys[key].key] = history.added[0]
        elif isinstance(prop, RelationshipProperty):
            if history.added or history.deleted:
                _foreign_keys(prop, history.added[0] if history.added else None, related, synced)
        else:
            raise _Unsupported
    values.update(related)
    where = {_PK: state.key[1][0]}
    if writer.version is not None:
        history = state.manager[writer.version_key].impl.get_history(
            state, state.dict, PASSIVE_NO_INITIALIZE
        )
        known = history.deleted or history.unchanged
        if not known:
            raise _Unsupported  # the version it was read at is not loaded: the ORM reads it
        where[_OLD_VERSION] = known[0]
    return {"values": values, "synced": synced, "where": where}


def _new_values(state, writer: _Writer) -> dict:
    values: dict = {}
    synced: dict = {}
    for key, column in writer.column_keys.items():
        if key in state.dict:
            values[column.key] = state.dict[key]
    for key in state.committed_state:
        prop = state.mapper.attrs[key]
        if isinstance(prop, RelationshipProperty):
            history = state.manager[key].impl.get_history(state, state.dict, PASSIVE_NO_INITIALIZE)
            if history.added:
                _foreign_keys(prop, history.added[0], values, synced)
        elif not isinstance(prop, ColumnProperty):
            raise _Unsupported
    if values.get(writer.pk.key) is not None:
        raise _Unsupported  # a primary key given by hand: the ORM checks for a duplicate
    values.pop(writer.pk.key, None)
    return {"values": values, "synced": synced}


def _foreign_keys(prop: RelationshipProperty, target, values: dict, synced: dict) -> None:
    """The foreign key values a many-to-one relationship to `target` (or to nothing) sets:
    into `values` by column, into `synced` by attribute (set on the object as the ORM's
    flush sets them, before its statements)."""
    if prop.direction is not MANYTOONE or prop.viewonly or prop.secondary is not None:
        raise _Unsupported
    target_state = inspect(target) if target is not None else None
    if target_state is not None and target_state.key is None:
        raise _Unsupported  # points at a row not written yet
    for local, remote in prop.local_remote_pairs:
        if local.table is not prop.parent.local_table:
            raise _Unsupported
        local_key = prop.parent.get_property_by_column(local).key
        if target_state is None:
            value = None
        else:
            value = target_state.dict.get(prop.mapper.get_property_by_column(remote).key)
            if value is None:
                raise _Unsupported
        values[local.key] = value
        synced[local_key] = value


def _write(session, updates: list, inserts: list) -> None:
    flush_context = UOWTransaction(session)
    transaction = session._autobegin_t()._begin()  # as Session._flush: undone on failure
    try:
        for state, _writer, change in updates + inserts:
            for key, value in change["synced"].items():
                state.manager[key].impl.set(state, state.dict, value, None)
        connection = session.connection()
        for _state, writer, change in updates:
            if not change["values"]:
                continue  # set to what it was: the ORM writes nothing either
            result = connection.execute(writer.update, {**change["values"], **change["where"]})
            if result.rowcount != 1:
                raise StaleDataError(
                    f"UPDATE statement on table '{writer.table.name}' expected to update 1 "
                    f"row(s); {result.rowcount} were matched."
                )
        for state, writer, new in inserts:
            result = connection.execute(writer.insert, new["values"])
            # The new id, and Python-side defaults (created_at) as Core computed them.
            state.dict[writer.pk_key] = result.inserted_primary_key[0]
            sent = result.last_inserted_params()
            for key, column in writer.column_keys.items():
                if key not in state.dict:
                    state.dict[key] = sent.get(column.key)
        session.dispatch.after_flush(session, flush_context)
        session._register_persistent({state for state, _w, _c in updates + inserts})
        session.dispatch.after_flush_postexec(session, flush_context)
        transaction.commit()
    except BaseException:
        transaction.rollback(_capture_exception=True)
        raise
