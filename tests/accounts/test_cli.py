"""Command-line member and token creation, as PRODUCT.md specifies."""

from marketplace.accounts.services import find_user


def test_users_create_and_tokens_create(runner, client):
    result = runner.invoke(
        args=[
            "users",
            "create",
            "ops@agency.example",
            "--role",
            "operator",
            "--password",
            "operator-pass",
        ]
    )
    assert result.exit_code == 0, result.output
    assert find_user("ops@agency.example").is_operator

    result = runner.invoke(
        args=[
            "users",
            "create",
            "sales@hanbit.example",
            "--role",
            "exporter",
            "--company",
            "Hanbit Steel",
            "--country",
            "KR",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "password:" in result.output  # generated and shown once
    user = find_user("sales@hanbit.example")
    assert user.company.name == "Hanbit Steel" and user.company.country == "KR"

    result = runner.invoke(args=["tokens", "create", "sales@hanbit.example"])
    assert result.exit_code == 0
    token = result.output.strip().splitlines()[-1]
    body = {"type": "sell", "title": "Welded steel pipes", "hs_code": "730640"}
    response = client.post(
        "/api/v1/offers", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 201


def test_users_create_rejects_bad_input(runner):
    result = runner.invoke(
        args=["users", "create", "not-an-email", "--role", "buyer", "--country", "DE"]
    )
    assert result.exit_code == 1 and "e-mail" in result.output
    result = runner.invoke(args=["users", "create", "a@b.example", "--role", "buyer"])
    assert result.exit_code != 0 and "--country" in result.output


def test_tokens_create_unknown_user(runner):
    result = runner.invoke(args=["tokens", "create", "nobody@example.com"])
    assert result.exit_code != 0 and "no user" in result.output
