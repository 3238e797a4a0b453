#!/usr/bin/env python3.11
"""Credentials and settings, side by side: each case through boto3 (python3.11, botocore 1.43) and through aws-jshell.

Every case gets a temporary folder (HOME, config and credentials files, SSO cache, token files, scripts) and a local
server on 127.0.0.1 that plays STS (AssumeRole, AssumeRoleWithWebIdentity), SSO (GetRoleCredentials), the container
credentials endpoint, IMDSv2 and S3's ListBuckets, recording each request. Nothing reads the real home folder.

    scripts/dev/compare-credentials.py [CASE-SUBSTRING...]     # build the toolkit's test classes first (mvn test-compile)

Prints, for each case, boto3's outcome, ours, the requests each side sent, and SAME or DIFFERS.
"""
import hashlib
import http.server
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KNOWN = {
    # case: why we differ from boto3 (shown beside DIFFERS)
    "aws_region_only": "we read AWS_REGION where botocore would have no region (Java habit, the SDK's variable)",
    "imds_default_off_ec2": "",
}


def creds_xml(action, key):
    return (f'<{action}Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><{action}Result><Credentials>'
            f'<AccessKeyId>{key}</AccessKeyId><SecretAccessKey>secret-{key}</SecretAccessKey><SessionToken>token-{key}</SessionToken>'
            f'<Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>'
            f'<AssumedRoleUser><AssumedRoleId>AROA:s</AssumedRoleId><Arn>arn:aws:sts::123456789012:assumed-role/r/s</Arn></AssumedRoleUser>'
            f'</{action}Result><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></{action}Response>')


DENIED = ('<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code>'
          '<Message>User is not authorized to perform: sts:AssumeRole</Message></Error><RequestId>req-2</RequestId></ErrorResponse>')
LIST_BUCKETS = ('<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
                '<Owner><ID>o</ID><DisplayName>me</DisplayName></Owner><Buckets></Buckets></ListAllMyBucketsResult>')


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def reply(self, status, body, ctype="text/xml"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def record(self, summary):
        self.server.requests.append(summary)

    def auth_scope(self):
        auth = self.headers.get("Authorization") or ""
        if "Credential=" not in auth:
            return "unsigned"
        cred = auth.split("Credential=")[1].split(",")[0].split("/")
        return f"{cred[0]}/{cred[2]}/{cred[3]}"

    def do_PUT(self):
        if self.path == "/latest/api/token":
            self.record(f"PUT /latest/api/token ttl={self.headers.get('x-aws-ec2-metadata-token-ttl-seconds')}")
            return self.reply(200, "imds-token", "text/plain")
        self.reply(404, "")

    def do_GET(self):
        path = self.path
        if path.startswith("/federation/credentials"):
            q = urllib.parse.parse_qs(urllib.parse.urlparse(path).query)
            self.record(f"SSO GetRoleCredentials account={q.get('account_id')} role={q.get('role_name')} "
                        f"token={self.headers.get('x-amz-sso_bearer_token')}")
            return self.reply(200, json.dumps({"roleCredentials": {"accessKeyId": "ASIASSO", "secretAccessKey": "sso-secret",
                                                                   "sessionToken": "sso-token", "expiration": 4070908800000}}),
                              "application/json")
        if path.startswith("/container"):
            self.record(f"GET {path} auth={self.headers.get('Authorization')}")
            if "500" in path:
                return self.reply(500, "boom", "text/plain")
            return self.reply(200, json.dumps({"AccessKeyId": "ASIACONTAINER", "SecretAccessKey": "c-secret", "Token": "c-token",
                                               "Expiration": "2099-01-01T00:00:00Z"}), "application/json")
        if path.startswith("/latest/meta-data/iam/security-credentials/"):
            self.record(f"GET {path} token={self.headers.get('x-aws-ec2-metadata-token')}")
            if path.endswith("/"):
                return self.reply(200, "myrole", "text/plain")
            return self.reply(200, json.dumps({"Code": "Success", "AccessKeyId": "ASIAIMDS", "SecretAccessKey": "i-secret",
                                               "Token": "i-token", "Expiration": "2099-01-01T00:00:00Z"}), "application/json")
        if path == "/" or path.startswith("/?"):
            self.record(f"S3 ListBuckets signed={self.auth_scope()}")
            return self.reply(200, LIST_BUCKETS)
        self.reply(404, "")

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        form = {k: v[0] for k, v in urllib.parse.parse_qs(body).items()}
        action = form.get("Action")
        keep = {k: form[k] for k in ("RoleArn", "DurationSeconds", "ExternalId", "SerialNumber", "TokenCode", "WebIdentityToken")
                if k in form}
        keep["RoleSessionName"] = "botocore-session-*" if form.get("RoleSessionName", "").startswith("botocore-session-") \
            else form.get("RoleSessionName")
        self.record(f"STS {action} {json.dumps(keep, sort_keys=True)} signed={self.auth_scope()}")
        arn = form.get("RoleArn", "")
        if "denied" in arn:
            return self.reply(403, DENIED)
        name = arn.rsplit("/", 1)[-1].upper().replace("-", "")
        return self.reply(200, creds_xml(action, "ASIA" + name))


def serve(tls=None):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.requests = []
    if tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(*tls)
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


BOTO3_PROBE = r'''
import json, sys, getpass
getpass.getpass = lambda prompt="": "123456"
import boto3
out = {}
args = sys.argv[1:]
profile = next((a[10:] for a in args if a.startswith("--profile=")), None)
try:
    s = boto3.Session(profile_name=profile)
    out["profile"] = s.profile_name
    out["region"] = s.region_name
    if "--call" in args:
        r = s.client("s3").list_buckets()
        out["call"] = r["ResponseMetadata"]["HTTPStatusCode"]
    c = s.get_credentials()
    out["method"] = c.method if c else None
    out["access_key"] = c.access_key if c else None
except Exception as e:
    out["error"] = type(e).__name__
    out["message"] = str(e)
    if hasattr(e, "response"):
        out["code"] = e.response["Error"]["Code"]
print("RESULT " + json.dumps(out))
'''


def java_classpath():
    tk = os.path.join(ROOT, "toolkit", "target")
    with open(os.path.join(tk, "runtime-classpath.txt")) as f:
        deps = f.read().strip()
    jackson = deps  # jackson is a runtime dependency already
    return ":".join([os.path.join(tk, "classes"), os.path.join(tk, "test-classes"), jackson])


def run(cmd, env):
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    line = next((l for l in p.stdout.splitlines() if l.startswith("RESULT ")), None)
    if line is None:
        return {"error": "probe failed", "message": (p.stdout + p.stderr)[-2000:]}
    return json.loads(line[7:])


def outcome(r):
    if "error" in r:
        return f"{r['error']}" + (f"({r['code']})" if "code" in r else "")
    s = f"method={r.get('method')} key={r.get('access_key')} region={r.get('region')} profile={r.get('profile')}"
    if "call" in r:
        s += f" call={r['call']}"
    return s


def write(d, name, text, mode=None):
    path = os.path.join(d, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)
    return path


def sso_token(d, key, expires="2099-01-01T00:00:00Z"):
    write(d, f".aws/sso/cache/{hashlib.sha1(key.encode()).hexdigest()}.json",
          json.dumps({"accessToken": "sso-access-token", "expiresAt": expires}))


CREDS = "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret\n\n[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = dev-secret\n"
CONFIG = "[default]\nregion = eu-central-1\n\n[profile dev]\nregion = eu-west-1\n"


def cases(url):
    """(name, config, credentials, env, args, setup(d)). {URL} and {D} are replaced in files and env."""
    role = "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = dev\nregion = eu-north-1\n"
    yield "static_credentials_file", CONFIG, CREDS, {}, [], None
    yield "static_config_file", CONFIG + "[profile cfg]\naws_access_key_id = AKIDCFG\naws_secret_access_key = cfg-secret\n", CREDS, {"AWS_PROFILE": "cfg"}, [], None
    yield "env_keys", CONFIG, CREDS, {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "env-secret"}, [], None
    yield "env_key_without_secret", CONFIG, CREDS, {"AWS_ACCESS_KEY_ID": "AKIDENV"}, [], None
    yield "env_secret_without_key", CONFIG, CREDS, {"AWS_SECRET_ACCESS_KEY": "env-secret"}, [], None
    yield "credentials_file_key_without_secret", CONFIG, "[default]\naws_access_key_id = AKIDHALF\n", {}, [], None
    yield "config_file_key_without_secret", CONFIG.replace("region = eu-central-1", "region = eu-central-1\naws_access_key_id = AKIDHALF"), "", {}, [], None
    yield "explicit_profile_beats_env_keys", CONFIG, CREDS, {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"}, ["--profile=dev"], None
    yield "aws_profile_beats_nothing_env_keys_win", CONFIG, CREDS, {"AWS_PROFILE": "dev", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"}, [], None
    yield "aws_profile_missing", CONFIG, CREDS, {"AWS_PROFILE": "nope"}, [], None
    yield "code_profile_missing", CONFIG, CREDS, {}, ["--profile=nope"], None
    yield "aws_profile_default_without_files", "", "", {"AWS_PROFILE": "default"}, [], None
    yield "aws_default_profile_first", CONFIG, CREDS, {"AWS_PROFILE": "default", "AWS_DEFAULT_PROFILE": "dev"}, [], None
    yield "aws_default_profile_alone", CONFIG, CREDS, {"AWS_DEFAULT_PROFILE": "dev"}, [], None
    yield "aws_region_only", "", CREDS, {"AWS_REGION": "us-west-2"}, [], None
    yield "aws_region_and_default_region", CONFIG, CREDS, {"AWS_REGION": "us-west-2", "AWS_DEFAULT_REGION": "ap-south-1"}, [], None
    yield "aws_region_and_profile_region", CONFIG, CREDS, {"AWS_REGION": "us-west-2"}, [], None
    yield "nothing_configured", "", "", {}, [], None
    yield "nothing_configured_call", "", "", {"AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL_S3": "{URL}"}, ["--call"], None
    yield "assume_role_sts_endpoint_env", CONFIG + role.replace("source_profile = dev", "source_profile = dev\nduration_seconds = 1800\nexternal_id = ext-1\nrole_session_name = mysession"), CREDS, \
        {"AWS_PROFILE": "role", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], None
    yield "assume_role_default_session_name", CONFIG + role, CREDS, {"AWS_PROFILE": "role", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], None
    yield "assume_role_services_section", CONFIG + role.replace("region = eu-north-1", "region = eu-north-1\nservices = local") + "[services local]\nsts =\n  endpoint_url = {URL}\n", CREDS, \
        {"AWS_PROFILE": "role"}, [], None
    yield "assume_role_global_endpoint_env", CONFIG + role, CREDS, {"AWS_PROFILE": "role", "AWS_ENDPOINT_URL": "{URL}"}, ["--call"], None
    yield "assume_role_profile_endpoint_url", CONFIG + role.replace("region = eu-north-1", "region = eu-north-1\nendpoint_url = {URL}"), CREDS, {"AWS_PROFILE": "role"}, [], None
    yield "assume_role_profile_in_code", CONFIG + role, CREDS, {"AWS_ENDPOINT_URL_STS": "{URL}", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"}, ["--profile=role"], None
    yield "assume_role_region_from_env", CONFIG + role, CREDS, {"AWS_PROFILE": "role", "AWS_ENDPOINT_URL_STS": "{URL}", "AWS_DEFAULT_REGION": "ap-south-1"}, [], None
    yield "assume_role_chained", CONFIG + "[profile first]\nrole_arn = arn:aws:iam::123456789012:role/first\nsource_profile = dev\n" \
        "[profile second]\nrole_arn = arn:aws:iam::123456789012:role/second\nsource_profile = first\nregion = eu-west-2\n", CREDS, \
        {"AWS_PROFILE": "second", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], None
    yield "assume_role_env_keys_before_credential_source", CONFIG + "[profile cs]\nrole_arn = arn:aws:iam::123456789012:role/fromenv\ncredential_source = Environment\n", CREDS, \
        {"AWS_PROFILE": "cs", "AWS_ENDPOINT_URL_STS": "{URL}", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"}, [], None
    yield "assume_role_credential_source_env", CONFIG + "[profile cs]\nrole_arn = arn:aws:iam::123456789012:role/fromenv\ncredential_source = Environment\nregion = us-west-1\n", CREDS, \
        {"AWS_ENDPOINT_URL_STS": "{URL}", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s"}, ["--profile=cs"], None
    yield "assume_role_without_region", CONFIG + "[profile norole]\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = dev\n", CREDS, \
        {"AWS_PROFILE": "norole", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], None
    yield "assume_role_credential_source_env_empty", CONFIG + "[profile cs]\nrole_arn = arn:aws:iam::123456789012:role/fromenv\ncredential_source = Environment\n", CREDS, \
        {"AWS_PROFILE": "cs", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], None
    yield "assume_role_credential_source_container", CONFIG + "[profile cs]\nrole_arn = arn:aws:iam::123456789012:role/fromecs\ncredential_source = EcsContainer\nregion = us-west-1\n", CREDS, \
        {"AWS_PROFILE": "cs", "AWS_ENDPOINT_URL_STS": "{URL}", "AWS_CONTAINER_CREDENTIALS_FULL_URI": "{URL}/container"}, [], None
    yield "assume_role_denied", CONFIG + role.replace("role/admin", "role/denied"), CREDS, {"AWS_PROFILE": "role", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], None
    yield "assume_role_loop", CONFIG + "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n[profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = a\n", CREDS, \
        {"AWS_PROFILE": "a", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], None
    yield "assume_role_self_source_with_keys", CONFIG + "[profile self]\nrole_arn = arn:aws:iam::1:role/self\nsource_profile = self\nregion = us-west-1\naws_access_key_id = AKIDSELF\naws_secret_access_key = s\n", CREDS, \
        {"AWS_PROFILE": "self", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], None
    yield "assume_role_source_missing", CONFIG + "[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = ghost\n", CREDS, {"AWS_PROFILE": "r"}, [], None
    yield "assume_role_no_source", CONFIG + "[profile r]\nrole_arn = arn:aws:iam::1:role/r\n", CREDS, {"AWS_PROFILE": "r"}, [], None
    yield "assume_role_both_sources", CONFIG + "[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = dev\ncredential_source = Environment\n", CREDS, {"AWS_PROFILE": "r"}, [], None
    yield "assume_role_bad_credential_source", CONFIG + "[profile r]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Nowhere\n", CREDS, {"AWS_PROFILE": "r"}, [], None
    yield "assume_role_source_without_credentials", CONFIG + "[profile empty]\nregion = us-east-1\n[profile r]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = empty\n", CREDS, {"AWS_PROFILE": "r"}, [], None
    yield "assume_role_mfa", CONFIG + role.replace("source_profile = dev", "source_profile = dev\nmfa_serial = arn:aws:iam::123456789012:mfa/me"), CREDS, \
        {"AWS_PROFILE": "role", "AWS_ENDPOINT_URL_STS": "{URL}"}, ["--mfa=123456"], None
    yield "web_identity_env", CONFIG, CREDS, {"AWS_WEB_IDENTITY_TOKEN_FILE": "{D}/token", "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/web",
                                               "AWS_ROLE_SESSION_NAME": "websession", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], "token"
    yield "web_identity_profile", CONFIG + "[profile w]\nrole_arn = arn:aws:iam::123456789012:role/webprofile\nweb_identity_token_file = {D}/token\nregion = eu-west-3\n", CREDS, \
        {"AWS_PROFILE": "w", "AWS_ENDPOINT_URL_STS": "{URL}"}, [], "token"
    yield "web_identity_denied_never_falls_through", CONFIG, CREDS, {"AWS_WEB_IDENTITY_TOKEN_FILE": "{D}/token", "AWS_ROLE_ARN": "arn:aws:iam::1:role/denied",
                                                                      "AWS_ENDPOINT_URL_STS": "{URL}"}, [], "token"
    yield "web_identity_without_role_arn", CONFIG, CREDS, {"AWS_WEB_IDENTITY_TOKEN_FILE": "{D}/token"}, [], "token"
    yield "web_identity_env_ignored_for_code_profile", CONFIG, CREDS, {"AWS_WEB_IDENTITY_TOKEN_FILE": "{D}/token", "AWS_ROLE_ARN": "arn:aws:iam::1:role/web",
                                                                        "AWS_ENDPOINT_URL_STS": "{URL}"}, ["--profile=dev"], "token"
    sso = "[profile sso]\nsso_start_url = https://start.example/start\nsso_region = us-east-2\nsso_account_id = 123456789012\nsso_role_name = reader\nregion = us-east-2\n"
    yield "sso_legacy", CONFIG + sso, CREDS, {"AWS_PROFILE": "sso", "AWS_ENDPOINT_URL_SSO": "{URL}"}, [], "sso-legacy"
    sso_session = "[profile ss]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = reader\n[sso-session corp]\nsso_start_url = https://start.example/start\nsso_region = us-east-2\n"
    yield "sso_session", CONFIG + sso_session, CREDS, {"AWS_PROFILE": "ss", "AWS_ENDPOINT_URL_SSO": "{URL}"}, [], "sso-session"
    yield "sso_token_missing", CONFIG + sso, CREDS, {"AWS_PROFILE": "sso", "AWS_ENDPOINT_URL_SSO": "{URL}"}, [], None
    yield "sso_session_token_missing", CONFIG + sso_session, CREDS, {"AWS_PROFILE": "ss", "AWS_ENDPOINT_URL_SSO": "{URL}"}, [], None
    yield "sso_token_expired", CONFIG + sso, CREDS, {"AWS_PROFILE": "sso", "AWS_ENDPOINT_URL_SSO": "{URL}"}, [], "sso-legacy-expired"
    yield "sso_session_token_expired", CONFIG + sso_session, CREDS, {"AWS_PROFILE": "ss", "AWS_ENDPOINT_URL_SSO": "{URL}"}, [], "sso-session-expired"
    yield "sso_missing_fields", CONFIG + "[profile sso]\nsso_account_id = 123456789012\nsso_role_name = reader\n", CREDS, {"AWS_PROFILE": "sso"}, [], None
    yield "sso_session_section_missing", CONFIG + "[profile ss]\nsso_session = ghost\nsso_account_id = 1\nsso_role_name = r\n", CREDS, {"AWS_PROFILE": "ss"}, [], None
    yield "process_ok", CONFIG + "[profile p]\ncredential_process = {D}/ok.sh\n", CREDS, {"AWS_PROFILE": "p"}, [], "process"
    yield "process_fails", CONFIG + "[profile p]\ncredential_process = {D}/fail.sh\n", CREDS, {"AWS_PROFILE": "p"}, [], "process"
    yield "process_bad_version", CONFIG + "[profile p]\ncredential_process = {D}/v2.sh\n", CREDS, {"AWS_PROFILE": "p"}, [], "process"
    yield "process_quoted_arguments", CONFIG + "[profile p]\ncredential_process = {D}/echo.sh 'two words' \"x y\"\n", CREDS, {"AWS_PROFILE": "p"}, [], "process"
    yield "container_full_uri", "", "", {"AWS_CONTAINER_CREDENTIALS_FULL_URI": "{URL}/container", "AWS_CONTAINER_AUTHORIZATION_TOKEN": "auth-1"}, [], None
    yield "container_500", "", "", {"AWS_CONTAINER_CREDENTIALS_FULL_URI": "{URL}/container500"}, [], None
    yield "container_host_not_allowed", "", "", {"AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"}, [], None
    yield "imds_v2", "", "", {"AWS_EC2_METADATA_DISABLED": "false", "AWS_EC2_METADATA_SERVICE_ENDPOINT": "{URL}/"}, [], None
    yield "code_profile_endpoint_and_retries", "[profile e]\nendpoint_url = {URL}\nmax_attempts = 2\nretry_mode = standard\nregion = us-east-1\n" \
        "aws_access_key_id = AKIDE\naws_secret_access_key = s\n", "", {}, ["--profile=e", "--call"], None
    yield "ca_bundle_env", CONFIG, CREDS, {"AWS_ENDPOINT_URL_S3": "{TLSURL}", "AWS_CA_BUNDLE": "{D}/ca.pem"}, ["--call"], "tls"
    yield "ca_bundle_profile", CONFIG.replace("region = eu-central-1", "region = eu-central-1\nca_bundle = {D}/ca.pem"), CREDS, {"AWS_ENDPOINT_URL_S3": "{TLSURL}"}, ["--call"], "tls"
    yield "ca_bundle_absent_fails", CONFIG, CREDS, {"AWS_ENDPOINT_URL_S3": "{TLSURL}", "AWS_MAX_ATTEMPTS": "1"}, ["--call"], "tls"


def setup(d, kind):
    if kind == "token":
        write(d, "token", "web-identity-token-value")
    elif kind == "sso-legacy":
        sso_token(d, "https://start.example/start")
    elif kind == "sso-session":
        sso_token(d, "corp")
    elif kind == "sso-legacy-expired":
        sso_token(d, "https://start.example/start", "2020-01-01T00:00:00Z")
    elif kind == "sso-session-expired":
        sso_token(d, "corp", "2020-01-01T00:00:00Z")
    elif kind == "process":
        write(d, "ok.sh", '#!/bin/sh\necho run >> "$(dirname "$0")/runs"\necho \'{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "p-secret"}\'\n', 0o755)
        write(d, "fail.sh", '#!/bin/sh\necho run >> "$(dirname "$0")/runs"\necho "sso session expired, log in again" >&2\nexit 3\n', 0o755)
        write(d, "v2.sh", '#!/bin/sh\necho \'{"Version": 2, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "p-secret"}\'\n', 0o755)
        write(d, "echo.sh", '#!/bin/sh\n[ "$1" = "two words" ] && [ "$2" = "x y" ] && echo \'{"Version": 1, "AccessKeyId": "AKIDQUOTED", "SecretAccessKey": "q"}\'\n', 0o755)


def tls_material(d):
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", f"{d}/key.pem", "-out", f"{d}/ca.pem"],
                   check=True, capture_output=True)
    return f"{d}/ca.pem", f"{d}/key.pem"


def main():
    only = sys.argv[1:]
    classpath = java_classpath()
    java = shutil.which("java")
    same = differs = 0
    tls_dir = tempfile.mkdtemp(prefix="cmp-tls-")
    tls = tls_material(tls_dir)
    for name, config, creds, env, args, kind in cases("{URL}"):
        if only and not any(o in name for o in only):
            continue
        results = {}
        for side in ("boto3", "java"):
            d = tempfile.mkdtemp(prefix=f"cmp-{name}-")
            server = serve()
            tls_server = serve(tls) if kind == "tls" else None
            shutil.copy(tls[0], f"{d}/ca.pem")
            url = f"http://127.0.0.1:{server.server_address[1]}"
            tls_url = f"https://127.0.0.1:{tls_server.server_address[1]}" if tls_server else ""

            def fill(s):
                return s.replace("{URL}", url).replace("{D}", d).replace("{TLSURL}", tls_url)
            write(d, "config", fill(config))
            write(d, "credentials", fill(creds))
            setup(d, kind)
            environment = {"PATH": os.environ["PATH"], "HOME": d, "AWS_CONFIG_FILE": f"{d}/config",
                           "AWS_SHARED_CREDENTIALS_FILE": f"{d}/credentials", "AWS_EC2_METADATA_DISABLED": "true"}
            environment.update({k: fill(v) for k, v in env.items()})
            if side == "boto3":
                r = run(["python3.11", "-c", BOTO3_PROBE] + args, environment)
            else:
                r = run([java, "-XX:TieredStopAtLevel=1", "-cp", classpath, "dev.awsjshell.session.CredentialsProbe"] + args, environment)
            requests = list(server.requests) + (list(tls_server.requests) if tls_server else [])
            runs = open(f"{d}/runs").read().count("run") if os.path.exists(f"{d}/runs") else None
            results[side] = (outcome(r), [q.replace(url, "URL") for q in requests], runs, r.get("message", ""))
            server.shutdown()
            if tls_server:
                tls_server.shutdown()
            shutil.rmtree(d, ignore_errors=True)
        b, j = results["boto3"], results["java"]
        verdict = "SAME" if b[:3] == j[:3] else "DIFFERS"
        same += verdict == "SAME"
        differs += verdict == "DIFFERS"
        print(f"== {name}: {verdict}")
        for side, r in results.items():
            print(f"   {side:5} {r[0]}" + (f"  [process runs: {r[2]}]" if r[2] is not None else ""))
            if r[3]:
                print(f"         message: {r[3][:300]}")
            for q in r[1]:
                print(f"         {q}")
    print(f"\n{same} same, {differs} differ")
    shutil.rmtree(tls_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
