"""The SQL linter's configuration (.sqlfluff): the SQL's bound parameters parse, and only they
are replaced for parsing; the README's test command lints the SQL directories."""

import sqlfluff
from sqlfluff.core import FluffConfig, Linter

from suanli.paths import PROJECT_ROOT

PARAMETERS = (
    "SELECT '?' AS question, '$as_of' AS dollar, \"$odd\" AS quoted, price\n"
    "FROM price_observations  -- a $name or ? in a comment is text\n"
    "WHERE partition_date <= $as_of AND model = ? AND feed = $1 AND term IN ($term, ?)\n"
)


def project_config() -> FluffConfig:
    return FluffConfig.from_path(str(PROJECT_ROOT))


def test_bound_parameters_parse_in_every_position_a_value_takes():
    violations = sqlfluff.lint(PARAMETERS, config=project_config())
    unparsable = [v for v in violations if v["code"] in {"PRS", "LXR", "TMP"}]
    assert unparsable == []


def test_parameters_inside_literals_identifiers_and_comments_are_left_as_written():
    config = project_config()
    rendered = Linter(config=config).render_string(PARAMETERS, "<test>", config, "utf-8")
    parsed_as = rendered.templated_variants[0].templated_str
    for text in ("'?' AS question", "'$as_of' AS dollar", '"$odd" AS quoted', "a $name or ?"):
        assert text in parsed_as
    assert "$as_of AND" not in parsed_as and "$1" not in parsed_as and "= ?" not in parsed_as
