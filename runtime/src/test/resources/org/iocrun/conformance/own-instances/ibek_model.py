"""A small model of ibek 4.6.2's generation, written from ibek's code (entity_factory.py, ioc.py, ioc_factory.py,
utils.py, render.py, render_db.py; ibek-behaviour sections 1-5), used to compute the expected st.cmd and ioc.subst of
the instances in this folder independently of iocrun. It reproduces all 13 ibek sample goldens (st.cmd and
ioc.subst) byte for byte. Needs Python 3, Jinja2 3.1.6 and PyYAML (read with YAML 1.2 bool and float rules).

    python3 ibek_model.py CORPUS_DIR NAME...     # CORPUS_DIR: the shared corpus folder; writes NAME/expected/

Not modelled (none of these instances needs it): pvi screens, wait_list.yaml, generate2's runtime.yaml, errors'
wording, ibek.wait_usb.
"""
import ast, os, re, sys, copy, builtins
import yaml
from jinja2 import Template, StrictUndefined

# ---- YAML 1.2-ish loader: only true/false (any case per 1.2 core: true|True|TRUE) are bools, no yes/no/on/off
class L(yaml.SafeLoader): pass
L.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:bool'] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
L.add_implicit_resolver('tag:yaml.org,2002:bool', re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$'), list('tTfF'))
L.add_implicit_resolver('tag:yaml.org,2002:float', re.compile(r'^[-+]?[0-9]+[eE][-+]?[0-9]+$'), list('-+0123456789'))
# 1.2: no sexagesimal, 0o octal etc. - good enough for these files
def load(p):
    with open(p) as f: return yaml.load(f, Loader=L)

class Utils:
    def __init__(self): self.variables = {}; self.file_name = ""; self.ioc_name = ""
    def get_env(self, key): return os.environ.get(key, "")
    def set(self, key, value): self.variables[str(key)] = value; return value
    def get(self, key, default=""): return self.variables.get(str(key), default)
    def incrementor(self, name, start=0, increment=1, stop=None):
        k = str(name)
        if k not in self.variables: self.variables[k] = start
        else:
            if not isinstance(self.variables[k], int): raise ValueError(f"Variable {k} is not an integer")
            self.variables[k] += increment
            if stop is not None and self.variables[k] > stop: raise ValueError(f"Counter {k} exceeded maximum value of {stop}")
        return self.variables[k]
    def render(self, context, text, typ=""):
        if not isinstance(text, str): return text
        t = Template(text, undefined=StrictUndefined)
        ctx = dict(context) if not isinstance(context, dict) else context
        result = t.render(ctx, _global=self, **self.variables, ioc_yaml_file_name=self.file_name, ioc_name=self.ioc_name)
        if typ == "":
            m = re.search(r"\| *([a-z]*) *}}", text)
            if m: typ = m.group(1)
        if typ in ["int", "float", "bool", "list", "dict"]:
            result = getattr(builtins, typ)(ast.literal_eval(result))
        return result

UTILS = Utils()
ids = {}

class Entity:
    def __init__(self, model, fields):
        self.__dict__["_model"] = model
        self.__dict__["_fields"] = fields
    def __getattr__(self, k):
        try: return self.__dict__["_fields"][k]
        except KeyError: raise AttributeError(k)
    def __str__(self):
        m = self._model
        idp = [n for n, p in m["parameters"].items() if p["type"] == "id"]
        if not idp: raise ValueError(f"Entity {self._fields['type']} has no id field - convert to str failed")
        return str(self._fields[idp[0]])
    def keys(self): return self._fields.keys()
    def __getitem__(self, k): return self._fields[k]
    def dump(self):
        d = {"type": self._fields["type"], "entity_enabled": self._fields["entity_enabled"]}
        for n in self._model["parameters"]:
            if n in self._fields: d[n] = dumpv(self._fields[n])
        return d
def dumpv(v):
    if isinstance(v, Entity): return v.dump()
    if isinstance(v, list): return [dumpv(x) for x in v]
    return v

J = re.compile(r".*\{\{.*\}\}.*")
def lax(p, v):
    t = p["type"]
    if t in ("int", "float", "bool", "list", "dict") and isinstance(v, str) and J.search(v): return v
    if t == "int":
        if isinstance(v, bool): return int(v)
        if isinstance(v, float): assert v == int(v); return int(v)
        if isinstance(v, str):
            s = v.strip(); s = re.sub(r"\.0+$", "", s); assert re.fullmatch(r"[+-]?\d(_?\d)*", s), v; return int(s)
        return v
    if t == "float":
        if isinstance(v, (int, bool)): return float(v)
        if isinstance(v, str): return float(v)
        return v
    if t == "bool":
        if isinstance(v, str):
            l = v.lower()
            if l in ("1","on","t","true","y","yes"): return True
            if l in ("0","off","f","false","n","no"): return False
            raise ValueError(v)
        if isinstance(v, (int, float)) and not isinstance(v, bool): assert v in (0, 1); return bool(v)
        return v
    if t == "enum":
        for k in p["values"]:
            if k == v and type(k) is not str or k == v: return k
        raise ValueError(f"enum {v}")
    if t in ("str", "id"): assert isinstance(v, str), (p, v); return v
    return v

def create(model, values):
    f = {"type": model["_type"], "entity_enabled": values.get("entity_enabled", True)}
    for n, p in model["parameters"].items():
        if n in values: f[n] = lax(p, values[n])
        elif p.get("default") is not None: f[n] = p["default"]
        else: raise ValueError(f"{model['_type']} missing {n}")
    for n in values:
        if n not in ("type", "entity_enabled") and n not in model["parameters"]: raise ValueError(f"extra {n} for {model['_type']}")
    e = Entity(model, f)
    def field(n, v, typ):
        if isinstance(v, str): v = UTILS.render(e, v, typ)
        if typ == "object" and isinstance(v, str):
            if v not in ids: raise ValueError(f"object {v} not found in {list(ids)}")
            v = ids[v]
        f[n] = v
        if typ == "id":
            if v in ids: raise ValueError(f"Duplicate id {v} in {list(ids)}")
            ids[v] = e
    for n, d in model.get("pre_defines", {}).items(): field(n, d["value"], d.get("type", "str"))
    for n, p in model["parameters"].items(): field(n, f[n], p["type"])
    for n, d in model.get("post_defines", {}).items(): field(n, d["value"], d.get("type", "str"))
    return e

BUILTIN = {"ibek.repeat": {"_type": "ibek.repeat", "parameters": {"values": {"type": "any"}, "variable": {"type": "str", "default": "index"}, "entity": {"type": "any"}}, "builtin": True},
           "ibek.wait_ip": {"_type": "ibek.wait_ip", "parameters": {"address": {"type": "str"}, "device": {"type": "str", "default": "DEVICE"}, "timeout": {"type": "int", "default": 0}}, "builtin": True}}

def make(models, params, ctx):
    model = models[params["type"]]
    params = dict(params)
    for k, v in params.items():
        if isinstance(v, str): params[k] = UTILS.render(ctx, v)
        elif isinstance(v, list): params[k] = [UTILS.render(ctx, x) for x in v]
    if model.get("builtin"):
        f = {"type": params["type"], "entity_enabled": params.get("entity_enabled", True)}
        for n, p in model["parameters"].items():
            f[n] = params.get(n, p.get("default"))
        return Entity(model, f)
    if "entity_enabled" in params: params["entity_enabled"] = lax({"type": "bool"}, params["entity_enabled"])
    return create(model, params)

def resolve(models, items, ctx):
    ctx = dict(ctx); out = []
    for e in items:
        if isinstance(e, dict): e = make(models, e, ctx)
        elif e._model.get("builtin"): e = make(models, e.dump(), ctx)
        ctx.update(e.dump())
        if e._fields["type"] == "ibek.repeat":
            for i, v in enumerate(e._fields["values"]):
                ctx[e._fields["variable"]] = v; ctx[e._fields["variable"] + "_num"] = i
                out += resolve(models, [dict(e._fields["entity"])], dict(ctx))
        elif e._model.get("builtin"):
            out.append(e)
        else:
            out.append(e)
            for sub in e._model.get("sub_entities", []):
                d = {"type": sub["type"], "entity_enabled": sub.get("entity_enabled", True)}
                for k, v in sub.items():
                    if k not in d: d[k] = v
                out += resolve(models, [d], ctx)
    return out

def generate(instance_files, defs, pvi_defs_dirs=()):
    models = {}
    for d in defs:
        s = load(d)
        for m in s["entity_models"]:
            m = dict(m); m["_type"] = s["module"] + "." + m["name"]
            m.setdefault("parameters", {}); m["parameters"] = m["parameters"] or {}
            for p in m["parameters"].values():  # parameters.py: Optional[Union[T, JinjaStr]] defaults, lax
                if p.get("default") is not None and p["type"] in ("int", "float", "bool"):
                    p["default"] = lax(p, p["default"])
            models[m["_type"]] = m
    models.update(BUILTIN)
    UTILS.file_name = os.path.basename(instance_files[0]).rsplit(".", 1)[0]
    entities = []
    for fi in instance_files:
        ioc = load(fi)
        UTILS.ioc_name = UTILS.render({}, ioc["ioc_name"], "str")
        top = []
        for raw in ioc["entities"]:
            m = models[raw["type"]]
            if m.get("builtin"):
                f = {"type": raw["type"], "entity_enabled": raw.get("entity_enabled", True)}
                for n, p in m["parameters"].items(): f[n] = raw.get(n, p.get("default"))
                top.append(Entity(m, f))
            else:
                top.append(create(m, raw))
        for e in top:  # fixup_enums
            for n, p in e._model["parameters"].items():
                if p["type"] == "enum":
                    v = (p.get("values") or {}).get(e._fields[n])
                    if v is not None: e._fields[n] = v
        entities += top
    flat = resolve(models, entities, {})
    flat = [e for e in flat if not e._model.get("builtin")]
    return st_cmd(flat), subst(flat)

def st_cmd(ents):
    once = []
    def text(e, value, when, suffix):
        if when == "first":
            key = e._model["name"] + suffix
            if key in once: return ""
            once.append(key)
        elif when == "last": raise NotImplementedError
        r = UTILS.render(e, value, "str")
        return "" if r == "" else r + "\n"
    def items(e, lst):
        out = ""
        for it in lst or []:
            if it.get("type", "text") == "comment":
                v = "\n".join("# " + l for l in it.get("value", "").split("\n"))
                out += text(e, v, it.get("when", "every"), "comment")
            else:
                out += text(e, it.get("value", ""), it.get("when", "every"), "text")
        return out
    env = ""
    for e in ents:
        if not e._fields["entity_enabled"]: continue
        s = "".join(UTILS.render(e, f"epicsEnvSet {v['name']} {v['value']}") for v in e._model.get("env_vars") or [])
        if e._model.get("env_vars"): env += s + "\n"
    pre = "".join(items(e, e._model.get("pre_init")) for e in ents if e._fields["entity_enabled"])
    post = "".join(items(e, e._model.get("post_init")) for e in ents if e._fields["entity_enabled"])
    out = "# EPICS IOC Startup Script generated by https://github.com/epics-containers/ibek\n\n"
    out += 'cd "' + os.environ.get("IOC", "") + '"\n'
    if env: out += "\n" + env + "\n"
    out += "dbLoadDatabase dbd/ioc.dbd\nioc_registerRecordDeviceDriver pdbbase\n\n" + pre + "\n"
    out += "dbLoadRecords " + os.environ.get("RUNTIME_DIR", "") + "/ioc.db\niocInit\n"
    if post: out += "\n" + post
    return out

def subst(ents):
    files = {}  # file -> [header, rows...]
    def add_row(file, args, e):
        vals = [str(UTILS.render(e, v)) for v in args.values()]
        if file not in files: files[file] = [list(args.keys())]
        files[file].append(vals)
    for e in ents:
        if not e._fields["entity_enabled"]: continue
        for db in e._model.get("databases") or []:
            en = UTILS.render(e, db.get("enabled", "True"), "str")
            if str(en).lower() not in ("yes", "true", "1"): continue
            args = {}
            for k, v in (db["args"] or {}).items():
                if "*" in k or "?" in k:
                    for fk in e._fields:
                        if re.match(k, fk): args[fk] = v if v is not None else "{{ %s }}" % fk
                else:
                    if v is None:
                        if k not in e._fields and k not in UTILS.variables: raise ValueError(f"database arg '{k}' in database template '{db['file']}' not found in context")
                        v = "{{ %s }}" % k
                    args[k] = v
            file = UTILS.render(e, db["file"].strip("\n"), "str")
            add_row(file, args, e)
    for e in ents:
        pvi = e._model.get("pvi")
        if pvi and pvi.get("pv"):
            path = UTILS.render(e, pvi["yaml_path"])
            dev = os.path.basename(path).split(".")[0]
            args = {k: ("{{ %s }}" % k if v is None else v) for k, v in (pvi.get("ui_macros") or {}).items()}
            add_row(dev + ".pvi.template", args, e)
    out = "#" * 77 + "\n# DB substitution file generated by http://github.com/epics-containers/ibek #\n" + "#" * 77 + "\n"
    for file, rows in files.items():
        ncol = len(rows[0])
        cells = [['"' + str(c) + '"' + (", " if i < ncol - 1 else "") for i, c in enumerate(r)] for r in rows]
        widths = [max(len(r[i]) for r in cells if i < len(r)) for i in range(ncol)]
        out += '\nfile "' + file + '" {\npattern '
        for r in cells:
            out += "\n\t{ " + "".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " }"
        out += "\n}\n"
    return out

if __name__ == "__main__":
    import json
    corpus = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    cases = json.load(open(os.path.join(corpus, "instances", "cases.json")))
    defs = [os.path.join(corpus, "ibek-support", d) for d in cases["corpus_defs"]]
    for name in sys.argv[2:]:
        UTILS.__init__(); ids.clear()
        os.environ.update(IOC="/epics/ioc", RUNTIME_DIR="/epics/runtime", IOC_NAME=name)
        s, d = generate([os.path.join(here, name, "ioc.yaml")], defs)
        out = os.path.join(here, name, "expected")
        os.makedirs(out, exist_ok=True)
        open(os.path.join(out, "st.cmd"), "w").write(s)
        open(os.path.join(out, "ioc.subst"), "w").write(d)
