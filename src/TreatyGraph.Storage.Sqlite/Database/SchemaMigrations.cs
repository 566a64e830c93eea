namespace TreatyGraph.Storage.Sqlite.Database;

/// <summary>
/// The schema as ordered migrations; <c>PRAGMA user_version</c> records the last one applied. Append new
/// migrations, never edit an applied one.
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>Marks a file as ours in its header (<c>PRAGMA application_id</c>): "TrGr".</summary>
    public const int ApplicationId = 0x54724772;

    public static readonly IReadOnlyList<string> All = [V1, V2, V3, V4];

    public static int Latest => All.Count;

    // Ids are the keys everywhere (WITHOUT ROWID tables): child rows and indexes carry them, so reads need
    // no joins back to get them. Dates are the EDTF text plus integer day keys; undated events sort last
    // with both keys at long.MaxValue (TimelineCursor.Undated). event_entity repeats an event's keys, kind
    // and status so that a participant's timeline is one range scan of event_entity_timeline.
    private const string V1 = """
        CREATE TABLE article (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            publisher TEXT,
            url TEXT,
            published TEXT,
            language TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            sentences TEXT NOT NULL
        );
        CREATE INDEX article_newest ON article (published DESC, id);

        CREATE TABLE entity (
            id TEXT NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            wikidata_id TEXT,
            description TEXT,
            treaty_status TEXT,
            treaty_signed TEXT,
            treaty_signed_phrase TEXT,
            treaty_in_force TEXT,
            treaty_in_force_phrase TEXT
        ) WITHOUT ROWID;

        CREATE TABLE entity_name (
            pk INTEGER PRIMARY KEY,
            entity_id TEXT NOT NULL REFERENCES entity (id),
            ord INTEGER NOT NULL,
            name TEXT NOT NULL,
            language TEXT,
            folded TEXT NOT NULL,
            UNIQUE (entity_id, ord)
        );

        CREATE TABLE entity_name_key (
            key TEXT NOT NULL,
            name_pk INTEGER NOT NULL REFERENCES entity_name (pk),
            PRIMARY KEY (key, name_pk)
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE entity_name_trigram USING fts5 (
            folded, content = 'entity_name', content_rowid = 'pk', tokenize = 'trigram', detail = 'none');

        CREATE TRIGGER entity_name_inserted AFTER INSERT ON entity_name BEGIN
            INSERT INTO entity_name_trigram (rowid, folded) VALUES (new.pk, new.folded);
        END;
        CREATE TRIGGER entity_name_updated AFTER UPDATE OF folded ON entity_name BEGIN
            INSERT INTO entity_name_trigram (entity_name_trigram, rowid, folded) VALUES ('delete', old.pk, old.folded);
            INSERT INTO entity_name_trigram (rowid, folded) VALUES (new.pk, new.folded);
        END;
        CREATE TRIGGER entity_name_deleted AFTER DELETE ON entity_name BEGIN
            INSERT INTO entity_name_trigram (entity_name_trigram, rowid, folded) VALUES ('delete', old.pk, old.folded);
        END;

        CREATE TABLE entity_reference (
            entity_id TEXT NOT NULL REFERENCES entity (id),
            ord INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            identifier TEXT,
            PRIMARY KEY (entity_id, ord)
        ) WITHOUT ROWID;

        CREATE TABLE event (
            id TEXT NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT,
            date_phrase TEXT,
            earliest INTEGER NOT NULL,
            latest INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX event_timeline ON event (earliest, latest, id);
        CREATE INDEX event_kind_timeline ON event (kind, earliest, latest, id);

        CREATE TABLE event_entity (
            event_id TEXT NOT NULL REFERENCES event (id),
            ord INTEGER NOT NULL,
            entity_id TEXT NOT NULL REFERENCES entity (id),
            role TEXT NOT NULL,
            earliest INTEGER NOT NULL,
            latest INTEGER NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (event_id, ord)
        ) WITHOUT ROWID;
        CREATE INDEX event_entity_timeline ON event_entity (entity_id, earliest, latest, event_id, kind, status);

        CREATE TABLE event_evidence (
            event_id TEXT NOT NULL REFERENCES event (id),
            ord INTEGER NOT NULL,
            quote TEXT NOT NULL,
            article_id TEXT REFERENCES article (id),
            sentence_index INTEGER,
            start_offset INTEGER,
            end_offset INTEGER,
            ref_kind TEXT,
            ref_title TEXT,
            ref_url TEXT,
            ref_identifier TEXT,
            PRIMARY KEY (event_id, ord)
        ) WITHOUT ROWID;

        CREATE TABLE relation (
            id TEXT NOT NULL PRIMARY KEY,
            type TEXT NOT NULL,
            from_id TEXT NOT NULL REFERENCES entity (id),
            to_id TEXT NOT NULL REFERENCES entity (id),
            role TEXT,
            valid_from TEXT,
            valid_from_phrase TEXT,
            valid_to TEXT,
            valid_to_phrase TEXT,
            start_key INTEGER NOT NULL,
            end_key INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX relation_outgoing ON relation (from_id, type, start_key);
        CREATE INDEX relation_incoming ON relation (to_id, type, start_key);

        CREATE TABLE relation_evidence (
            relation_id TEXT NOT NULL REFERENCES relation (id),
            ord INTEGER NOT NULL,
            quote TEXT NOT NULL,
            article_id TEXT REFERENCES article (id),
            sentence_index INTEGER,
            start_offset INTEGER,
            end_offset INTEGER,
            ref_kind TEXT,
            ref_title TEXT,
            ref_url TEXT,
            ref_identifier TEXT,
            PRIMARY KEY (relation_id, ord)
        ) WITHOUT ROWID;
        """;

    // A counter every changing batch increments, so that readers (in any process) can tell whether what
    // they derived from the graph, like a timeline's total count, is still current.
    private const string V2 = """
        CREATE TABLE graph_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL
        );
        INSERT INTO graph_version (id, version) VALUES (1, 0);
        """;

    // The neighbours each entity shares an event with, and the smallest id among those events: path
    // search (without an as-of date) reads a hub's neighbours here, one row each, instead of joining its
    // tens of thousands of events. Derived from event_entity; kept by EventWriter; filled here once.
    private const string V3 = """
        CREATE TABLE entity_pair (
            entity_id TEXT NOT NULL,
            neighbour_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            PRIMARY KEY (entity_id, neighbour_id)
        ) WITHOUT ROWID;
        INSERT INTO entity_pair (entity_id, neighbour_id, event_id)
        SELECT a.entity_id, b.entity_id, min(a.event_id)
        FROM event_entity a JOIN event_entity b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id
        GROUP BY a.entity_id, b.entity_id;
        """;

    // entity_pair with relations beside events: per ordered pair of entities, the smallest id of a relation
    // between them (either direction) and of an event they share, each null when there is none. Both
    // directions are stored, so an entity's neighbours are one range of the key in id order: path search
    // joins these ranges in SQL and stops at the paths it needs. Kept by EventWriter and RelationWriter.
    private const string V4 = """
        CREATE TABLE entity_link (
            entity_id TEXT NOT NULL,
            neighbour_id TEXT NOT NULL,
            relation_id TEXT,
            event_id TEXT,
            PRIMARY KEY (entity_id, neighbour_id)
        ) WITHOUT ROWID;
        INSERT INTO entity_link (entity_id, neighbour_id, relation_id, event_id)
        SELECT entity_id, neighbour_id, min(relation_id), min(event_id) FROM (
            SELECT entity_id, neighbour_id, NULL AS relation_id, event_id FROM entity_pair
            UNION ALL SELECT from_id, to_id, id, NULL FROM relation WHERE from_id <> to_id
            UNION ALL SELECT to_id, from_id, id, NULL FROM relation WHERE from_id <> to_id)
        GROUP BY entity_id, neighbour_id;
        DROP TABLE entity_pair;
        """;
}
