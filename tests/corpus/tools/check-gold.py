"""Check gold files of tests/corpus/extraction: references, evidence verbatim in the article, EDTF dates,
and that score-extraction reads the gold back as a perfect system output (F1 1.000, no differences).

  python3 tests/corpus/tools/check-gold.py tests/corpus/extraction/*.gold.json
"""
import json, sys, re, subprocess, os, importlib.util, importlib.machinery
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.environ.get("SCORE_EXTRACTION", "/work/shared/tools/score-extraction")
loader = importlib.machinery.SourceFileLoader("se", SCORER)
spec = importlib.util.spec_from_loader("se", loader); se = importlib.util.module_from_spec(spec); loader.exec_module(se)
for gp in sys.argv[1:]:
    g = json.load(open(gp)); d = os.path.dirname(gp)
    txt = open(os.path.join(d, g["article"]["file"])).read()
    probs = []
    first = txt.split("\n")[0].strip()
    if first != g["article"]["title"]: probs.append("title mismatch")
    names = {e["name"] for e in g["entities"]}
    kinds = {e["name"]: e["kind"] for e in g["entities"]}
    if len(names) != len(g["entities"]): probs.append("dup entity names")
    ntext = se.norm(txt)
    for e in g["entities"]:
        allnames = [e["name"]] + e.get("aliases", [])
        if not any(re.search(r"\b" + re.escape(se.norm(n)) + r"\b", ntext) for n in allnames):
            probs.append(f"note: no name or alias of {e['name']} occurs verbatim (adjectival mention?)" + (" (optional)" if e.get("optional") else ""))
    def ref(n, where, kinds_ok=None):
        if n not in names: probs.append(f"{where}: unknown {n}")
        elif kinds_ok and kinds[n] not in kinds_ok: probs.append(f"{where}: {n} is {kinds[n]}")
    for ev in g["events"]:
        w = f"{ev['kind']} {ev.get('evidence','')[:40]}"
        if ev["status"] not in ("occurred", "planned"): probs.append(w + " status")
        if ev["kind"] not in "Meeting Summit Visit Signing Ratification Statement Agreement Revocation Protest Negotiation WarEnd Annexation".split(): probs.append(w+" kind")
        if ev.get("evidence") and ev["evidence"] not in txt: probs.append(f"evidence not in text: {ev['evidence']}")
        if not ev.get("evidence"): probs.append(w+" no evidence")
        for p in ev["participants"]: ref(p, w, ("Person", "Country", "Organization"))
        if not ev["participants"]: probs.append(w+" no participants")
        if ev.get("place"): ref(ev["place"], w, ("Place", "Country", "Territory"))
        for c in ev.get("concerns", []): ref(c, w, ("Territory", "Treaty"))
        for dt in [ev.get("date")] + ev.get("date_alt", []):
            try: se.interval(dt)
            except Exception as x: probs.append(f"{w} bad date {dt}")
    allowed = {"PARTY_TO": (("Country",), ("Treaty",)), "SIGNED": (("Person",), ("Treaty",)), "HOLDS_OFFICE": (("Person",), ("Country", "Organization", "Place")),
               "CLAIMS": (("Country",), ("Territory",)), "ADMINISTERS": (("Country",), ("Territory",)), "PART_OF": (("Territory",), ("Territory",)),
               "CONCERNS": (("Treaty",), ("Territory", "Treaty")), "MEMBER_OF": (("Country", "Organization"), ("Organization",)),
               "SUCCESSOR_OF": (("Country",), ("Country",)), "LOCATED_IN": (("Place", "Territory", "Organization"), ("Place", "Territory", "Country"))}
    keys = set()
    for r in g["relations"]:
        w = f"{r['type']} {r['from']}->{r['to']}"
        if w in keys: probs.append("dup relation " + w)
        keys.add(w)
        a, b = allowed[r["type"]]
        ref(r["from"], w, a); ref(r["to"], w, b)
        if r["type"] == "HOLDS_OFFICE" and not r.get("role"): probs.append(w + " no role")
        if r.get("evidence") and r["evidence"] not in txt: probs.append(f"evidence not in text: {r['evidence']}")
        for dt in [r.get("date")] + r.get("date_alt", []):
            try: se.interval(dt)
            except Exception: probs.append(f"{w} bad date {dt}")
    out = subprocess.run([SCORER, "--extract-cmd", "f={file}; python3 " + os.path.join(HERE, "gold-as-system.py") + " ${f%.txt}.gold.json", gp], capture_output=True, text=True).stdout
    ok = "entities F1 1.000, events F1 1.000, relations F1 1.000, dates 1.000" in out and out.count("\n    ") == 0
    if not ok: probs.append("self-score: " + out)
    words = len(txt.split())
    ne = sum(1 for e in g["entities"] if not e.get("optional")); nev = sum(1 for e in g["events"] if not e.get("optional")); nr = sum(1 for e in g["relations"] if not e.get("optional"))
    print(f"{os.path.basename(gp)}: words {words}; entities {len(g['entities'])} ({ne} req), events {len(g['events'])} ({nev} req), relations {len(g['relations'])} ({nr} req)")
    for p in probs: print("   ", p)
