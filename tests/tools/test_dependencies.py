"""The package dependency listing finds cycles, including imports hidden in functions."""

from tools.dependencies import breaches, cycles, graph, package_of


def test_cycles_are_found_and_acyclic_parts_are_not():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(edges) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_projects_graph_is_read_from_its_sources():
    edges = graph()
    assert package_of("marketplace.offers.services") == "marketplace.offers"
    assert "marketplace.core" in edges["marketplace.offers"]
    assert all(target != source for source, targets in edges.items() for target in targets)


def test_imports_up_a_layer_and_unplaced_packages_are_breaches():
    edges = {"marketplace.core": {"marketplace.offers"}, "marketplace.offers": {"marketplace.core"}}
    assert breaches(edges) == [
        "marketplace.core (foundation) imports marketplace.offers (domain), a layer above it"
    ]
    assert breaches({"marketplace.newthing": set()}) == [
        "marketplace.newthing is in no layer (add it to LAYERS in tools/dependencies.py)"
    ]


def test_the_project_runs_one_way_and_the_index_knows_no_models():
    edges = graph()
    assert cycles(edges) == [] and breaches(edges) == []
    assert edges["search_index"] <= {"marketplace.core", "marketplace.catalog"}
