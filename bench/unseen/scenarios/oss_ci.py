"""An open-source library's repository: CI for several systems (GitHub Actions, Travis,
AppVeyor, Woodpecker, Tekton, Argo), release tooling and registry credential files that a
maintainer accidentally committed."""

import base64
import json

import keys
from core import T


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    proj = nm.project()
    mf, ml = nm.person()
    maint = "%s%s" % (mf, ml[0])
    root = "oss/%s" % proj
    pkg = proj.replace("-", "_")

    # ------------------------------------------------------------------ GitHub Actions
    F = c.file("%s/.github/workflows/ci.yml" % root)
    F.write(T("""
        name: CI

        on:
          push:
            branches: [main]
          pull_request:

        permissions:
          contents: read

        jobs:
          test:
            runs-on: ${{ matrix.os }}
            strategy:
              fail-fast: false
              matrix:
                os: [ubuntu-latest, macos-latest, windows-latest]
                python: ["3.9", "3.10", "3.11", "3.12", "3.13"]
            steps:
              - uses: actions/checkout@@@sha1@@ # v4.1.7
              - uses: actions/setup-python@@@sha2@@ # v5.1.1
                with:
                  python-version: ${{ matrix.python }}
                  cache: pip
              - run: python -m pip install -e ".[test]"
              - run: pytest -q --cov=@@pkg@@ --cov-report=xml
              - uses: codecov/codecov-action@@@sha3@@ # v4.5.0
                env:
                  CODECOV_TOKEN: @@codecov@@
                with:
                  files: coverage.xml
                  fail_ci_if_error: false
        """, sha1=F.n(t.sha1(), "git-sha"), sha2=F.n(t.sha1(), "git-sha"), sha3=F.n(t.sha1(), "git-sha"), pkg=pkg,
        codecov=F.s(t.codecov(), "codecov-token")))

    F = c.file("%s/.github/workflows/release.yml" % root)
    F.write(T("""
        name: Release

        on:
          push:
            tags: ["v*"]

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.12"
              - run: pipx run build
              - uses: actions/upload-artifact@v4
                with:
                  name: dist
                  path: dist/

          publish:
            needs: build
            runs-on: ubuntu-latest
            environment: pypi
            permissions:
              id-token: write
            steps:
              - uses: actions/download-artifact@v4
                with:
                  name: dist
                  path: dist/
              - uses: pypa/gh-action-pypi-publish@release/v1
                with:
                  password: @@r1@@

          docker:
            needs: build
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: echo @@r2@@ | docker login -u @@maint@@ --password-stdin
              - run: docker buildx build --push -t @@maint@@/@@proj@@:${GITHUB_REF_NAME#v} .

          notify:
            needs: [publish, docker]
            runs-on: ubuntu-latest
            steps:
              - name: Tell the maintainers channel
                env:
                  SLACK_WEBHOOK_URL: @@hook@@
                run: |
                  curl -sS -X POST -H 'Content-type: application/json' \\
                    --data "{\\"text\\":\\"@@proj@@ ${GITHUB_REF_NAME} released\\"}" "$SLACK_WEBHOOK_URL"
              - uses: softprops/action-gh-release@v2
                with:
                  token: @@r3@@
                  generate_release_notes: true
        """, r1=F.n("${{ secrets.PYPI_API_TOKEN }}", "ci-secret-reference"),
        r2=F.n('"${{ secrets.DOCKERHUB_TOKEN }}"', "ci-secret-reference"), maint=maint, proj=proj,
        hook=F.s(t.slack_webhook(), "slack-webhook"), r3=F.n("${{ secrets.GITHUB_TOKEN }}", "ci-secret-reference")))

    # ------------------------------------------------------------------ Travis / AppVeyor (legacy)
    F = c.file("%s/.travis.yml" % root)
    F.write(T("""
        language: python
        os: linux
        dist: jammy
        python:
          - "3.9"
          - "3.12"
        env:
          global:
            - secure: "@@s1@@"
        install:
          - pip install -e ".[test]"
        script:
          - pytest -q
        deploy:
          provider: pypi
          username: __token__
          password:
            secure: "@@s2@@"
          on:
            tags: true
            python: "3.12"
        """, s1=F.n(t.b64(256), "encrypted-blob"), s2=F.n(t.b64(256), "encrypted-blob")))

    F = c.file("%s/appveyor.yml" % root)
    F.write(T("""
        image: Visual Studio 2022
        environment:
          matrix:
            - PYTHON: "C:\\\\Python311-x64"
            - PYTHON: "C:\\\\Python312-x64"
          CODECOV_TOKEN:
            secure: @@sec@@
          NUGET_API_KEY: @@nuget@@
        install:
          - "%PYTHON%\\\\python.exe -m pip install -e .[test]"
        build: off
        test_script:
          - "%PYTHON%\\\\python.exe -m pytest -q"
        after_test:
          - dotnet pack bindings/dotnet -c Release -o out
          - ps: if ($env:APPVEYOR_REPO_TAG -eq "true") { dotnet nuget push out\\*.nupkg -k $env:NUGET_API_KEY -s https://api.nuget.org/v3/index.json }
        """, sec=F.n(t.b64(48), "encrypted-blob"), nuget=F.s(t.nuget(), "nuget-api-key")))

    # ------------------------------------------------------------------ Woodpecker
    F = c.file("%s/.woodpecker/docs.yml" % root)
    F.write(T("""
        when:
          - event: push
            branch: main

        steps:
          - name: build-docs
            image: python:3.12-slim
            commands:
              - pip install -e ".[docs]"
              - mkdocs build --strict

          - name: publish-image
            image: woodpeckerci/plugin-docker-buildx
            settings:
              repo: @@maint@@/@@proj@@-docs
              tags: latest
              username: @@maint@@
              password: @@dpat@@

          - name: deploy-pages
            image: alpine/git
            environment:
              PAGES_TOKEN:
                from_secret: @@ref@@
            commands:
              - git push "https://oauth2:$PAGES_TOKEN@codeberg.org/@@maint@@/pages.git" HEAD:main
        """, maint=maint, proj=proj, dpat=F.s(t.dockerhub(), "dockerhub-token"),
        ref=F.n("codeberg_pages_token", "ci-secret-reference")))

    # ------------------------------------------------------------------ Tekton + Argo
    F = c.file("%s/deploy/tekton/git-auth.yaml" % root)
    dauth = base64.b64encode(("%s:%s" % (maint, t.dockerhub())).encode()).decode()
    dcfg = base64.b64encode(json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": dauth}}}).encode()).decode()
    F.write(T("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: gitlab-mirror-auth
          annotations:
            tekton.dev/git-0: https://gitlab.com
        type: kubernetes.io/basic-auth
        stringData:
          username: @@maint@@
          password: @@glpat@@
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: dockerhub-push
        type: kubernetes.io/dockerconfigjson
        data:
          .dockerconfigjson: @@dcfg@@
        """, maint=maint, glpat=F.s(t.glpat(), "gitlab-pat"),
        dcfg=F.s(dcfg, "docker-config-auth", {"type": "dockerconfigjson-b64"})))

    F = c.file("%s/deploy/tekton/pipeline.yaml" % root)
    F.write(T("""
        apiVersion: tekton.dev/v1
        kind: Pipeline
        metadata:
          name: mirror-and-build
        spec:
          params:
            - name: revision
              type: string
              default: main
          workspaces:
            - name: source
          tasks:
            - name: fetch
              taskRef:
                name: git-clone
              workspaces:
                - name: output
                  workspace: source
              params:
                - name: url
                  value: https://gitlab.com/@@maint@@/@@proj@@.git
                - name: revision
                  value: $(params.revision)
            - name: test
              runAfter: [fetch]
              workspaces:
                - name: source
                  workspace: source
              taskSpec:
                workspaces:
                  - name: source
                steps:
                  - name: pytest
                    image: python:3.12
                    workingDir: $(workspaces.source.path)
                    env:
                      - name: CODECOV_TOKEN
                        valueFrom:
                          secretKeyRef:
                            name: @@ref@@
                            key: token
                    script: |
                      pip install -e ".[test]"
                      pytest -q
        """, maint=maint, proj=proj, ref=F.n("codecov-upload", "ci-secret-reference")))

    F = c.file("%s/deploy/argo/benchmark-workflow.yaml" % root)
    F.write(T("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata:
          generateName: @@proj@@-bench-
        spec:
          entrypoint: bench
          arguments:
            parameters:
              - name: ref
                value: main
          templates:
            - name: bench
              container:
                image: ghcr.io/@@maint@@/@@proj@@-bench:latest
                args: ["--ref", "{{workflow.parameters.ref}}", "--upload-token", @@t1@@]
                env:
                  - name: BENCH_DB_PASSWORD
                    valueFrom:
                      secretKeyRef:
                        name: bench-db
                        key: @@t2@@
                resources:
                  requests:
                    cpu: "4"
                    memory: 8Gi
        """, proj=proj, maint=maint, t1=F.n('"{{workflow.parameters.upload-token}}"', "template-reference"),
        t2=F.n("password", "template-reference")))

    # ------------------------------------------------------------------ Makefile + release script
    pypi = t.pypi()
    F = c.file("%s/Makefile" % root)
    F.write(T("""
        .PHONY: install test lint dist release clean docs

        PY ?= python3
        TWINE_USERNAME ?= __token__
        TWINE_PASSWORD ?= @@ref@@

        install:
        	$(PY) -m pip install -e ".[dev]"

        test:
        	$(PY) -m pytest -q

        lint:
        	ruff check src tests
        	mypy src/@@pkg@@

        dist: clean
        	$(PY) -m build

        # Manual release when CI is down.
        release: dist
        	$(PY) -m twine check dist/*
        	$(PY) -m twine upload -u __token__ -p @@pypi@@ dist/*

        docs:
        	mkdocs build --strict

        clean:
        	rm -rf build dist *.egg-info .pytest_cache
        """, ref=F.n("$(shell pass show pypi/@@proj@@)".replace("@@proj@@", proj), "secret-manager-reference"),
        pkg=pkg, pypi=F.s(pypi, "pypi-token", {"type": "pypi"})))

    gpg_pass = pw.passphrase()
    F = c.file("%s/scripts/release.sh" % root)
    F.write(T("""
        #!/usr/bin/env bash
        # Tag, sign and publish a release.  Usage: scripts/release.sh 1.8.0
        set -euo pipefail
        VERSION="$1"

        git diff --quiet || { echo "working tree not clean" >&2; exit 1; }
        sed -i "s/^__version__ = .*/__version__ = \\"$VERSION\\"/" src/@@pkg@@/__init__.py
        git commit -am "Release $VERSION"
        git tag -s "v$VERSION" -m "v$VERSION"

        python -m build
        for f in dist/*; do
          echo "@@gpg@@" | gpg --batch --yes --pinentry-mode loopback --passphrase-fd 0 --armor --detach-sign "$f"
        done

        curl -sSf -X POST \\
          -H "Authorization: token @@ghp@@" \\
          -H "Accept: application/vnd.github+json" \\
          https://api.github.com/repos/@@maint@@/@@proj@@/releases \\
          -d "{\\"tag_name\\":\\"v$VERSION\\",\\"name\\":\\"v$VERSION\\",\\"generate_release_notes\\":true}"
        """, pkg=pkg, gpg=F.s(gpg_pass, "gpg-passphrase"), ghp=F.s(t.github("ghp"), "github-pat", {"type": "github"}),
        maint=maint, proj=proj))

    # ------------------------------------------------------------------ JVM bindings publishing
    F = c.file("%s/bindings/jvm/gradle.properties" % root)
    F.write(T("""
        org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
        org.gradle.parallel=true
        org.gradle.caching=true
        kotlin.code.style=official

        GROUP=io.github.@@maint@@
        VERSION_NAME=1.7.2
        POM_ARTIFACT_ID=@@proj@@-jvm
        POM_NAME=@@proj@@ JVM bindings
        POM_LICENSE_NAME=Apache-2.0

        ossrhUsername=@@maint@@
        ossrhPassword=@@ossrh@@

        signing.keyId=@@kid@@
        signing.password=@@gpg@@
        signing.secretKeyRingFile=/home/@@maint@@/.gnupg/secring.gpg
        """, maint=maint, proj=proj, ossrh=F.s(pw.any("ini"), "generic-password"),
        kid=F.n(t.hex(8, upper=True), "key-id"), gpg=F.s(gpg_pass, "gpg-passphrase")))

    F = c.file("%s/bindings/jvm/ci/settings.xml" % root)
    F.write(T("""
        <?xml version="1.0" encoding="UTF-8"?>
        <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
          <servers>
            <server>
              <id>central</id>
              <username>@@tokuser@@</username>
              <password>@@tokpw@@</password>
            </server>
            <server>
              <id>github</id>
              <username>@@maint@@</username>
              <password>@@ghref@@</password>
            </server>
            <server>
              <id>internal-nexus</id>
              <username>deployer</username>
              <password>@@enc@@</password>
            </server>
          </servers>
          <profiles>
            <profile>
              <id>release</id>
              <properties>
                <gpg.executable>gpg</gpg.executable>
                <gpg.keyname>@@kid@@</gpg.keyname>
              </properties>
            </profile>
          </profiles>
        </settings>
        """, tokuser=t.mixed(8), tokpw=F.s(t.mixed(44, values_alnum_plus()), "maven-repository-token"),
        maint=maint, ghref=F.n("${env.GH_PACKAGES_TOKEN}", "env-reference"),
        enc=F.n("{%s}" % t.b64(32), "encrypted-blob"), kid=F.n(t.hex(16, upper=True), "key-id")))

    # ------------------------------------------------------------------ other registries (Rust / Ruby / Python / npm)
    F = c.file("%s/bindings/rust/.cargo/credentials.toml" % root)
    F.write(T("""
        [registry]
        token = "@@cio@@"
        """, cio=F.s(t.crates(), "crates-io-token")))

    F = c.file("%s/bindings/rust/Cargo.toml" % root)
    F.write(T("""
        [package]
        name = "@@proj@@"
        version = "0.9.3"
        edition = "2021"
        license = "Apache-2.0"
        description = "Rust bindings for @@proj@@"
        repository = "https://github.com/@@maint@@/@@proj@@"

        [dependencies]
        serde = { version = "1", features = ["derive"] }
        thiserror = "1"

        [dev-dependencies]
        proptest = "1"
        """, proj=proj, maint=maint))

    F = c.file("%s/bindings/ruby/.gem/credentials" % root)
    F.write(T("""
        ---
        :rubygems_api_key: @@k@@
        """, k=F.s(t.rubygems(), "rubygems-api-key")))

    F = c.file("%s/.pypirc" % root)
    F.write(T("""
        [distutils]
        index-servers =
            pypi
            testpypi

        [pypi]
        username = __token__
        password = @@ph@@

        [testpypi]
        repository = https://test.pypi.org/legacy/
        username = __token__
        password = @@tp@@
        """, ph=F.n("<paste token from 1Password: PyPI/@@proj@@>".replace("@@proj@@", proj), "placeholder"),
        tp=F.s(t.pypi(test=True), "pypi-token", {"type": "pypi"})))

    F = c.file("%s/bindings/js/.npmrc" % root)
    F.write(T("""
        registry=https://registry.npmjs.org/
        //registry.npmjs.org/:_authToken=@@npm@@
        @@@maint@@:registry=https://npm.pkg.github.com
        //npm.pkg.github.com/:_authToken=@@ref@@
        save-exact=true
        """, npm=F.s(t.npm(), "npm-token", {"type": "npm"}), maint=maint, ref=F.n("${NODE_AUTH_TOKEN}", "env-reference")))

    F = c.file("%s/bindings/js/package-lock.json" % root)
    F.write(T("""
        {
          "name": "@@proj@@",
          "version": "1.7.2",
          "lockfileVersion": 3,
          "requires": true,
          "packages": {
            "": {
              "name": "@@proj@@",
              "version": "1.7.2",
              "license": "Apache-2.0",
              "devDependencies": {
                "typescript": "^5.5.3",
                "vitest": "^2.0.2"
              }
            },
            "node_modules/typescript": {
              "version": "5.5.3",
              "resolved": "https://registry.npmjs.org/typescript/-/typescript-5.5.3.tgz",
              "integrity": "sha512-@@i1@@",
              "dev": true,
              "bin": {
                "tsc": "bin/tsc",
                "tsserver": "bin/tsserver"
              }
            },
            "node_modules/vitest": {
              "version": "2.0.2",
              "resolved": "https://registry.npmjs.org/vitest/-/vitest-2.0.2.tgz",
              "integrity": "sha512-@@i2@@",
              "dev": true
            },
            "node_modules/tinyrainbow": {
              "version": "1.2.0",
              "resolved": "https://registry.npmjs.org/tinyrainbow/-/tinyrainbow-1.2.0.tgz",
              "integrity": "sha512-@@i3@@",
              "dev": true
            }
          }
        }
        """, proj=proj, i1=F.n(t.b64(64), "integrity-hash"), i2=F.n(t.b64(64), "integrity-hash"),
        i3=F.n(t.b64(64), "integrity-hash")))

    F = c.file("%s/bindings/go/go.sum" % root)
    F.write(T("""
        github.com/google/go-cmp v0.6.0 @@h1@@
        github.com/google/go-cmp v0.6.0/go.mod h1:17dUlkBOakJ0+DkrSSNjCkIjxS6bF9zb3elmeNGIjoY=
        golang.org/x/sync v0.7.0 @@h2@@
        golang.org/x/sync v0.7.0/go.mod h1:Czt+wKu1gCyEFDUtn0jG5QVvpJ6rzVqr5aXyt9drQfk=
        golang.org/x/text v0.16.0 @@h3@@
        """, h1=F.n("h1:" + t.b64(32), "integrity-hash"), h2=F.n("h1:" + t.b64(32), "integrity-hash"),
        h3=F.n("h1:" + t.b64(32), "integrity-hash")))

    # ------------------------------------------------------------------ signing keys
    F = c.file("%s/KEYS" % root)
    F.write(T("""
        This file contains the PGP keys of the developers who sign releases.

        Users: gpg --import KEYS
        Developers: gpg --list-sigs <your name> && gpg --armor --export <your name> >> KEYS

        pub   ed25519 2022-03-14 [SC]
              @@fp@@
        uid           [ultimate] @@mf@@ @@ml@@ <@@maint@@@users.noreply.github.com>

        @@pub@@
        """, fp=F.n(t.hex(40, upper=True), "key-fingerprint"), mf=mf.title(), ml=ml.title(), maint=maint,
        pub=F.n(keys.pgp_ed25519(r, "%s %s <%s@users.noreply.github.com>" % (mf.title(), ml.title(), maint),
                                 1647216000, secret=False), "public-key", {"type": "pgp"})))

    F = c.file("%s/ci/signing-key.asc" % root)
    F.write(F.s(keys.pgp_ed25519(r, "%s release signing <release@%s.dev>" % (proj, proj.replace("-", "")),
                                 1700000000, secret=True), "private-key-pgp", {"type": "pgp"}) + "\n")

    # ------------------------------------------------------------------ sonar + tests with fake tokens + docs
    F = c.file("%s/sonar-project.properties" % root)
    F.write(T("""
        sonar.projectKey=@@maint@@_@@proj@@
        sonar.organization=@@maint@@
        sonar.host.url=https://sonar.@@maint@@.dev
        sonar.token=@@sq@@
        sonar.sources=src
        sonar.tests=tests
        sonar.python.version=3.9,3.10,3.11,3.12
        sonar.python.coverage.reportPaths=coverage.xml
        """, maint=maint, proj=proj, sq=F.s(t.sonar(), "sonarqube-token")))

    F = c.file("%s/tests/test_redact.py" % root)
    F.write(T("""
        import pytest

        from @@pkg@@.redact import redact, looks_like_token

        # Tokens below have the right shape but a wrong CRC32 suffix: GitHub never issued them.
        SHAPED_BUT_INVALID = [
            "@@b1@@",
            "@@b2@@",
            "@@b3@@",
        ]


        @pytest.mark.parametrize("tok", SHAPED_BUT_INVALID)
        def test_shape_only_tokens_are_rejected(tok):
            assert not looks_like_token(tok, verify_checksum=True)


        def test_redact_keeps_prefix():
            assert redact("token=@@b4@@") == "token=npm_****"


        def test_redact_password_field():
            assert redact('{"password": "@@fake@@"}') == '{"password": "****"}'
        """, pkg=pkg, b1=F.n(t.github("ghp", valid=False), "bad-checksum-token", {"type": "github-bad"}),
        b2=F.n(t.github("gho", valid=False), "bad-checksum-token", {"type": "github-bad"}),
        b3=F.n(t.github("ghs", valid=False), "bad-checksum-token", {"type": "github-bad"}),
        b4=F.n(t.npm(valid=False), "bad-checksum-token", {"type": "npm-bad"}),
        fake=F.n("hunter2-not-a-real-password", "test-fixture")))

    F = c.file("%s/docs/contributing.md" % root)
    F.write(T("""
        # Contributing

        Thanks for helping! A few notes to get you started.

        ## Running the integration tests

        Some tests talk to S3. They are skipped unless credentials are present. With the AWS
        CLI configured, or with the documented example pair for a dry run:

        ```bash
        @@ab@@export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
        export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY@@ae@@
        export AWS_DEFAULT_REGION=us-east-1
        pytest -m s3 --dry-run
        ```

        ## GitHub API tests

        Create a token with no scopes and export it:

        ```bash
        export GITHUB_TOKEN=@@gx@@
        ```

        ## Commit messages

        We use conventional commits (`feat:`, `fix:`, `docs:` ...). The changelog is generated
        from them with `git cliff`.
        """, ab=F.nb("documentation-example", ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
        ae=F.e(), gx=F.n("ghp_" + "x" * 36, "placeholder")))

    F = c.file("%s/CHANGELOG.md" % root)
    sha_c1 = t.sha1()
    F.write(T("""
        # Changelog

        ## [1.7.2] - 2024-06-30
        ### Fixed
        - Windows path handling in the CLI ([@@c1s@@](https://github.com/@@maint@@/@@proj@@/commit/@@c1@@))
        - Memory growth when streaming large archives (@@c2@@)

        ## [1.7.1] - 2024-05-12
        ### Changed
        - Drop Python 3.8 (@@c3@@)
        """, c1=F.n(sha_c1, "git-sha"), c1s=sha_c1[:7], maint=maint, proj=proj, c2=F.n(t.sha1(), "git-sha"),
        c3=F.n(t.sha1(), "git-sha")))

    F = c.file("%s/src/%s/__init__.py" % (root, pkg))
    F.write(T("""
        \"\"\"@@proj@@: streaming archive toolkit.\"\"\"

        __version__ = "1.7.2"
        __all__ = ["open_archive", "Entry"]

        from .archive import Entry, open_archive
        """, proj=proj))

    # ------------------------------------------------------------------ CI log with a leaked installation token
    ghs = t.github("ghs")
    F = c.file("%s/ci/logs/release-v1.7.2.log" % root)
    F.write(T("""
        2024-06-30T10:02:11.4821903Z ##[group]Run actions/checkout@v4
        2024-06-30T10:02:11.4822511Z with:
        2024-06-30T10:02:11.4822932Z   repository: @@maint@@/@@proj@@
        2024-06-30T10:02:11.4823468Z   token: @@m1@@
        2024-06-30T10:02:11.4823871Z   ssh-strict: true
        2024-06-30T10:02:11.4824301Z ##[endgroup]
        2024-06-30T10:02:13.1187410Z Syncing repository: @@maint@@/@@proj@@
        2024-06-30T10:02:14.0051233Z ##[group]Run ./scripts/debug-remote.sh
        2024-06-30T10:02:14.0123004Z + git remote set-url origin https://x-access-token:@@ghs@@@github.com/@@maint@@/@@proj@@.git
        2024-06-30T10:02:14.2210046Z + git fetch --tags origin
        2024-06-30T10:02:15.9011238Z ##[endgroup]
        2024-06-30T10:02:16.0010021Z ##[group]Run pypa/gh-action-pypi-publish@release/v1
        2024-06-30T10:02:16.0011002Z with:
        2024-06-30T10:02:16.0011833Z   password: @@m2@@
        2024-06-30T10:02:16.0012501Z   repository-url: https://upload.pypi.org/legacy/
        2024-06-30T10:02:16.0013304Z ##[endgroup]
        2024-06-30T10:02:31.7720981Z Uploading @@pkg@@-1.7.2-py3-none-any.whl
        2024-06-30T10:02:32.9901212Z 100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 48.1/48.1 kB • 00:00 • 61.0 MB/s
        """, maint=maint, proj=proj, m1=F.n("***", "redacted"), ghs=F.s(ghs, "github-app-token", {"type": "github"}),
        m2=F.n("***", "redacted"), pkg=pkg))

    # ------------------------------------------------------------------ Postman environment + roadmap sync
    F = c.file("%s/tools/postman/%s-prod.postman_environment.json" % (root, proj))
    F.write(T("""
        {
          "id": "@@id@@",
          "name": "@@proj@@ prod",
          "values": [
            {"key": "baseUrl", "value": "https://api.@@proj@@.dev", "type": "default", "enabled": true},
            {"key": "postmanApiKey", "value": "@@pmak@@", "type": "secret", "enabled": true},
            {"key": "userToken", "value": "@@lt@@", "type": "secret", "enabled": true}
          ],
          "_postman_variable_scope": "environment",
          "_postman_exported_at": "2024-06-02T18:21:44.120Z",
          "_postman_exported_using": "Postman/11.1.14"
        }
        """, id=F.n(t.uuid(), "uuid"), proj=proj, pmak=F.s(t.postman(), "postman-api-key"),
        lt=F.n("{{login_token}}", "template-reference")))

    F = c.file("%s/scripts/sync_roadmap.py" % root)
    F.write(T("""
        \"\"\"Copy issues labelled `roadmap` from Linear into the Notion roadmap page.\"\"\"
        import os

        import requests

        LINEAR_API_KEY = "@@lin@@"
        NOTION_TOKEN = @@ref@@
        ROADMAP_DB = "@@db@@"

        QUERY = \"\"\"
        query { issues(filter: {labels: {name: {eq: "roadmap"}}}) { nodes { identifier title state { name } } } }
        \"\"\"


        def linear_issues():
            r = requests.post("https://api.linear.app/graphql", json={"query": QUERY},
                              headers={"Authorization": LINEAR_API_KEY}, timeout=20)
            r.raise_for_status()
            return r.json()["data"]["issues"]["nodes"]


        def upsert(issue):
            requests.post("https://api.notion.com/v1/pages", timeout=20, json={
                "parent": {"database_id": ROADMAP_DB},
                "properties": {"Name": {"title": [{"text": {"content": f"{issue['identifier']} {issue['title']}"}}]},
                               "Status": {"select": {"name": issue["state"]["name"]}}},
            }, headers={"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"}).raise_for_status()


        if __name__ == "__main__":
            for i in linear_issues():
                upsert(i)
        """, lin=F.s(t.linear(), "linear-api-key"), ref=F.n('os.environ["NOTION_TOKEN"]', "env-reference"),
        db=F.n(t.hex(32), "resource-identifier")))

    # ------------------------------------------------------------------ API docs with well-known examples
    F = c.file("%s/docs/api-auth.md" % root)
    F.write(T("""
        # Authenticating to the hosted API

        The hosted API accepts a JWT in the `Authorization` header. The token below is the
        standard example from jwt.io and will be rejected, but it shows the shape:

        ```http
        GET /v1/archives HTTP/1.1
        Authorization: Bearer @@jwt@@
        ```

        Payments in the demo shop use Stripe's documented test key:

        ```python
        stripe.api_key = "@@stest@@"
        ```

        Webhook signatures are HMAC-SHA256; see `docs/webhooks.md`.
        """, jwt=F.n("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                     "documentation-example", {"type": "jwt"}),
        stest=F.n("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "documentation-example")))

    F = c.file("%s/bindings/dotnet/%s.sln" % (root, proj.title().replace("-", "")))
    g = [t.uuid(upper=True) for _ in range(3)]
    F.write(T("""
        Microsoft Visual Studio Solution File, Format Version 12.00
        # Visual Studio Version 17
        VisualStudioVersion = 17.9.34728.123
        MinimumVisualStudioVersion = 10.0.40219.1
        Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "@@name@@", "src\\@@name@@\\@@name@@.csproj", "{@@g0@@}"
        EndProject
        Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "@@name@@.Tests", "tests\\@@name@@.Tests\\@@name@@.Tests.csproj", "{@@g1@@}"
        EndProject
        Global
        	GlobalSection(SolutionConfigurationPlatforms) = preSolution
        		Debug|Any CPU = Debug|Any CPU
        		Release|Any CPU = Release|Any CPU
        	EndGlobalSection
        	GlobalSection(ExtensibilityGlobals) = postSolution
        		SolutionGuid = {@@g2@@}
        	EndGlobalSection
        EndGlobal
        """, name=proj.title().replace("-", ""), g0=F.n(g[0], "uuid"), g1=F.n(g[1], "uuid"), g2=F.n(g[2], "uuid")))



def values_alnum_plus():
    import values
    return values.ALNUM + "+/"
