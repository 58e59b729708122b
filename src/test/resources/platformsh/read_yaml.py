"""Reads a Platform.sh YAML file from stdin as PyYAML (a YAML 1.1 reader) does, and prints JSON.

Platform.sh's files use the tags !include and !archive; they are read as the plain mapping or
string they tag, and listed with their tag under "tags" so that tests can check them.
"""
import json
import sys

import yaml


class Loader(yaml.SafeLoader):
    pass


TAGS = []


def tagged(loader, node):
    if isinstance(node, yaml.MappingNode):
        value = loader.construct_mapping(node, deep=True)
    else:
        value = loader.construct_scalar(node)
    TAGS.append({"tag": node.tag, "value": value})
    return value


Loader.add_constructor("!include", tagged)
Loader.add_constructor("!archive", tagged)

document = yaml.load(sys.stdin.read(), Loader=Loader)
print(json.dumps({"document": document, "tags": TAGS}, default=str))
