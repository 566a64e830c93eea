"""Turn a gold file into extraction output (ids = gold names), to check that score-extraction reads it:
a gold file scored as a system against itself gives F1 1.000 only in this form, since system events and
relations refer to entity ids, not names.

  python3 gold-as-system.py GOLD.json > /tmp/sys.json && score-extraction /tmp/sys.json GOLD.json
"""
import json, sys
g = json.load(open(sys.argv[1]))
out = {"article": {k: g["article"][k] for k in ("title", "published", "language")},
       "entities": [dict(id=e["name"], kind=e["kind"], name=e["name"], aliases=e.get("aliases", [])) for e in g["entities"]],
       "events": [dict(id=f"ev{i}", kind=e["kind"], status=e["status"], date=e.get("date"), participants=e["participants"],
                       place=e.get("place"), concerns=e.get("concerns", []), evidence={"text": e.get("evidence")}) for i, e in enumerate(g["events"])],
       "relations": [dict(type=r["type"], **{"from": r["from"], "to": r["to"]}, date=r.get("date")) for r in g["relations"]]}
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
