"""The package dependency listing finds cycles, including imports hidden in functions."""

from tools.dependencies import cycles, graph, package_of


def test_cycles_are_found_and_acyclic_parts_are_not():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(edges) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_projects_graph_is_read_from_its_sources():
    edges = graph()
    assert package_of("marketplace.offers.services") == "marketplace.offers"
    assert "marketplace.core" in edges["marketplace.offers"]
    assert all(target != source for source, targets in edges.items() for target in targets)
