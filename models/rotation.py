"""Key rotation: re-encrypt every encrypted column under the newest key of a ring.

Each batch is its own transaction and each row is rewritten with a compare-and-swap
(`UPDATE ... WHERE id = ? AND col = <old token>`), so a value changed meanwhile by the service
(e.g. a new rejection reason) is never overwritten with a stale one.
"""

from __future__ import annotations

from sqlalchemy import Engine, Table, select, update
from sqlmodel import SQLModel

from models.crypto import ContentCipher
from models.db import write_engine

# (table, primary key column, encrypted column)
ENCRYPTED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("post_versions", "id", "text_enc"),
    ("screenings", "id", "reasons_enc"),
    ("screenings", "id", "redacted_enc"),
    ("findings", "id", "text_enc"),
    ("posts", "id", "rejection_reason_enc"),
    ("publishing_targets", "id", "config_enc"),
)
BATCH_SIZE = 200


def reencrypt_all(engine: Engine, cipher: ContentCipher, *, only_stale: bool = False) -> int:
    """Re-encrypt every stored value with `cipher`'s newest key; returns how many were rewritten.

    With `only_stale`, values already under the newest key are left alone (a cheap second pass
    that catches rows written under an old key while the first pass ran).
    """
    writer = write_engine(engine)
    rewritten = 0
    for table_name, pk_name, column_name in ENCRYPTED_COLUMNS:
        table: Table = SQLModel.metadata.tables[table_name]
        pk, column = table.c[pk_name], table.c[column_name]
        last_id = 0
        while True:
            with writer.begin() as connection:
                rows = connection.execute(
                    select(pk, column)
                    .where(pk > last_id, column.is_not(None))
                    .order_by(pk)
                    .limit(BATCH_SIZE)
                ).all()
                for row_id, token in rows:
                    last_id = row_id
                    if only_stale and cipher.is_current(token):
                        continue
                    result = connection.execute(
                        update(table)
                        .where(pk == row_id, column == token)
                        .values({column_name: cipher.reencrypt(token)})
                    )
                    rewritten += result.rowcount
            if len(rows) < BATCH_SIZE:
                break
    return rewritten
