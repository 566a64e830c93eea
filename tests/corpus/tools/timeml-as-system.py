"""Print the gold TIMEX3s of a TimeML file in score-timex's system format (to check that gold reads back).

  score-timex --cmd "python3 tests/corpus/tools/timeml-as-system.py {file} $PWD/tests/corpus/timeml" tests/corpus/timeml/*.tml
"""
import sys, os, json, importlib.machinery, importlib.util
loader = importlib.machinery.SourceFileLoader("st", os.environ.get("SCORE_TIMEX", "/work/shared/tools/score-timex"))
spec = importlib.util.spec_from_loader("st", loader); st = importlib.util.module_from_spec(spec); loader.exec_module(st)
txt, d = sys.argv[1], sys.argv[2]
tml = os.path.join(d, os.path.basename(txt)[:-4])
dct, plain, gold = st.read_tml(tml)
assert plain == open(txt).read()
print(json.dumps({"timexes": gold}))
