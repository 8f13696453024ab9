"""The Kubernetes manifests and docker-compose.yml start what the code really offers: real commands and
roles, probes on paths the worker serves, settings it reads, and autoscaling on the extract agent's lag."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main
import yaml
from pydantic import AliasChoices

from agents.app import ROLES, build_app
from agents.cli import cli
from agents.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
K8S = ROOT / "deploy" / "k8s"
DOCKERFILE = (ROOT / "deploy" / "Dockerfile").read_text()


def manifests() -> list[dict]:
    return [doc for path in sorted(K8S.glob("*.yaml")) for doc in yaml.safe_load_all(path.read_text()) if doc]


def of_kind(kind: str) -> list[dict]:
    return [doc for doc in manifests() if doc["kind"] == kind]


def deployments() -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in of_kind("Deployment")}


def container(deployment: dict) -> dict:
    (worker,) = deployment["spec"]["template"]["spec"]["containers"]
    return worker


def settings_env_names() -> set[str]:
    """The environment variables Settings reads: its aliases, else the prefix and the field name."""
    prefix = Settings.model_config["env_prefix"]
    names = set()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names |= {choice for choice in alias.choices if isinstance(choice, str)}
        else:
            names.add(alias if isinstance(alias, str) else f"{prefix}{name.upper()}")
    return names


def env_of_manifests() -> dict[str, str]:
    env = {}
    for doc in of_kind("ConfigMap"):
        env |= doc["data"]
    for doc in of_kind("Secret"):
        env |= doc.get("stringData", {})
    return env


@pytest.fixture
def deployed_settings(monkeypatch) -> Settings:
    """Settings as a pod built from the ConfigMap and Secret sees them."""
    for name in settings_env_names():
        monkeypatch.delenv(name, raising=False)
    for name, value in env_of_manifests().items():
        monkeypatch.setenv(name, value)
    return Settings()


def worker_roles(args: list[str]) -> tuple[str, ...]:
    """Parse args as `wirewatch` would (subcommands and options), returning the roles of a worker."""
    command = typer.main.get_command(cli)
    rest = list(args)
    while hasattr(command, "commands"):
        name = rest.pop(0)
        assert name in command.commands, f"`wirewatch {' '.join(args)}`: no subcommand {name!r}"
        command = command.commands[name]
    params = command.make_context("wirewatch", rest).params
    if command.name != "worker":
        return ()
    roles = tuple(role.strip() for role in params["agents"].split(",") if role.strip())
    assert roles and set(roles) <= set(ROLES), f"`wirewatch {' '.join(args)}`: roles are {', '.join(ROLES)}"
    return roles


def test_every_manifest_parses_and_has_a_kind_and_name():
    docs = manifests()
    assert docs
    for doc in docs:
        assert doc["apiVersion"] and doc["kind"]
        if doc["kind"] != "Kustomization":
            assert doc["metadata"]["name"]


def test_kustomization_lists_every_manifest_but_the_secret_example():
    (kustomization,) = of_kind("Kustomization")
    files = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml", "secret.example.yaml"}
    assert set(kustomization["resources"]) == files


def test_the_image_entrypoint_is_wirewatch_so_args_are_its_subcommands():
    assert 'ENTRYPOINT ["wirewatch"]' in DOCKERFILE
    for doc in of_kind("Deployment") + of_kind("Job"):
        for c in doc["spec"]["template"]["spec"]["containers"]:
            assert "command" not in c and c["image"] == "wirewatch:latest"


def test_one_deployment_per_role_runs_a_real_worker_with_that_role():
    roles = {}
    for name, deployment in deployments().items():
        (role,) = worker_roles(container(deployment)["args"])
        roles[role] = name
    assert set(roles) == set(ROLES)


def test_the_topics_job_runs_wirewatch_topics_create():
    (job,) = of_kind("Job")
    (c,) = job["spec"]["template"]["spec"]["containers"]
    assert c["args"] == ["topics", "create"]
    assert worker_roles(c["args"]) == ()  # parses as a real command


@pytest.mark.parametrize("role", ROLES)
def test_probes_and_port_are_what_the_worker_serves(role, deployed_settings):
    app = build_app(deployed_settings, (role,))
    served = set(app.web.views)
    c = container(deployments()[f"wirewatch-{role}"])
    ports = {p["name"]: p["containerPort"] for p in c["ports"]}
    assert ports == {"http": deployed_settings.web_port}
    probes = {kind: c[kind]["httpGet"] for kind in ("startupProbe", "livenessProbe", "readinessProbe")}
    assert probes["livenessProbe"]["path"] == "/health"
    assert probes["readinessProbe"]["path"] == "/ready"
    for probe in probes.values():
        assert probe["path"] in served and ports[probe["port"]] == deployed_settings.web_port


def test_services_let_prometheus_scrape_metrics_on_every_role(deployed_settings):
    served = set(build_app(deployed_settings, ROLES).web.views)
    services = {s["metadata"]["name"]: s for s in of_kind("Service")}
    for name, deployment in deployments().items():
        service = services[name]
        assert service["spec"]["selector"] == deployment["spec"]["template"]["metadata"]["labels"]
        notes = service["metadata"]["annotations"]
        assert notes["prometheus.io/scrape"] == "true" and notes["prometheus.io/path"] in served
        assert notes["prometheus.io/path"] == "/metrics"
        assert int(notes["prometheus.io/port"]) == deployed_settings.web_port


def test_configmap_and_secret_name_only_real_settings(deployed_settings):
    env = env_of_manifests()
    assert set(env) <= settings_env_names()
    assert all(isinstance(value, str) for value in env.values())  # Kubernetes takes strings only
    assert deployed_settings.ingest_token is not None and deployed_settings.kafka_sasl_password is not None


def test_workers_take_their_env_from_the_configmap_and_secret():
    names = {doc["metadata"]["name"] for doc in of_kind("ConfigMap") + of_kind("Secret")}
    for doc in of_kind("Deployment") + of_kind("Job"):
        for c in doc["spec"]["template"]["spec"]["containers"]:
            sources = {(s.get("configMapRef") or s.get("secretRef"))["name"] for s in c["envFrom"]}
            assert sources == names


def test_pods_run_as_the_image_user_and_can_write_where_faust_does():
    uid = int(re.search(r"useradd .*--uid (\d+)", DOCKERFILE).group(1))
    workdir = re.findall(r"^WORKDIR (\S+)", DOCKERFILE, re.M)[-1]
    for doc in of_kind("Deployment") + of_kind("Job"):
        pod = doc["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] and pod["securityContext"]["runAsUser"] == uid
        scratch = {v["name"] for v in pod["volumes"] if "emptyDir" in v}
        for c in pod["containers"]:
            if c["securityContext"].get("readOnlyRootFilesystem"):
                mounted = {m["mountPath"] for m in c["volumeMounts"] if m["name"] in scratch}
                assert "/tmp" in mounted
                if doc["kind"] == "Deployment":  # faust's data dir is relative to the working directory
                    assert workdir in mounted and "workingDir" not in c


def test_workers_get_time_to_leave_the_group_and_extract_has_room_for_spacy():
    for deployment in deployments().values():
        assert deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] >= 30
    memory = container(deployments()["wirewatch-extract"])["resources"]["limits"]["memory"]
    assert memory == "1Gi"


def test_keda_scales_extract_on_its_consumer_lag(deployed_settings):
    (scaled,) = of_kind("ScaledObject")
    assert scaled["apiVersion"] == "keda.sh/v1alpha1"
    target = deployments()[scaled["spec"]["scaleTargetRef"]["name"]]
    assert worker_roles(container(target)["args"]) == ("extract",)
    assert "replicas" not in target["spec"]  # the autoscaler owns it
    (trigger,) = scaled["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    meta = trigger["metadata"]
    app = build_app(deployed_settings, ("extract",))
    assert meta["consumerGroup"] == app.conf.id
    assert (meta["topic"],) == app.agents["extract"].channel.topics
    assert meta["bootstrapServers"] == deployed_settings.kafka_bootstrap
    assert int(meta["lagThreshold"]) > 0
    assert 1 == scaled["spec"]["minReplicaCount"] <= scaled["spec"]["maxReplicaCount"] <= deployed_settings.partitions


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_runs_one_worker_service_per_real_role():
    services = compose()["services"]
    roles = {name: worker_roles(s["command"]) for name, s in services.items() if s.get("command")}
    assert roles["topics"] == ()
    assert {name: r for name, r in roles.items() if r} == {role: (role,) for role in ROLES}


def test_compose_extract_can_be_scaled():
    extract = compose()["services"]["extract"]
    assert "container_name" not in extract
    for port in extract.get("ports", []):
        assert ":" not in str(port), f"fixed host port {port} clashes on `--scale extract=N`"
