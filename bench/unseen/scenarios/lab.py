"""A university research lab: R / MATLAB / Julia analysis code, SLURM jobs on the HPC cluster,
home-directory dotfiles, conda environments and reference-manager integrations."""

import json

from core import T


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    uni = nm.uni()
    dom = "%s.ac.uk" % uni
    f, l = nm.person()
    user = (f[0] + l)[:8]
    root = "lab-share"
    home = "%s/home/%s" % (root, user)

    # ------------------------------------------------------------------ .Renviron
    F = c.file("%s/.Renviron" % home)
    F.write(T("""
        # Personal R environment - loaded at R startup
        R_LIBS_USER=~/R/x86_64-pc-linux-gnu-library/4.4
        R_MAX_VSIZE=32Gb
        RENV_PATHS_CACHE=/scratch/@@user@@/renv-cache
        TZ=Europe/London

        # REDCap project 2187 (CardioFollow)
        REDCAP_API_URL=https://redcap.@@dom@@/api/
        REDCAP_API_TOKEN=@@redcap@@

        ZOTERO_USER_ID=@@zid@@
        ZOTERO_API_KEY=@@zotero@@

        GITHUB_PAT=@@ghp@@
        OPENAI_API_KEY=@@openai@@
        """, user=user, dom=dom, redcap=F.s(t.hex(32, upper=True), "redcap-api-token"), zid=t.digits(7),
        zotero=F.s(t.mixed(24), "generic-api-key"),
        ghp=F.s(t.github("ghp"), "github-pat", {"type": "github"}),
        openai=F.s(t.openai(), "openai-api-key")))

    # ------------------------------------------------------------------ R analysis
    F = c.file("%s/analysis/01_pull_redcap.R" % root)
    F.write(T("""
        # Pull the CardioFollow and pilot exports from REDCap and save tidy copies.
        # Run from the project root:  Rscript analysis/01_pull_redcap.R

        suppressPackageStartupMessages({
          library(httr2)
          library(dplyr)
          library(readr)
          library(lubridate)
        })

        api_url <- Sys.getenv("REDCAP_API_URL", "https://redcap.@@dom@@/api/")
        token   <- @@ref@@

        # the pilot project lives on the old server and never got its own env var
        pilot_url   <- "https://redcap-legacy.@@dom@@/api/"
        pilot_token <- "@@pilot@@"

        export_records <- function(url, token, form = NULL) {
          body <- list(token = token, content = "record", format = "csv", type = "flat",
                       rawOrLabel = "raw", exportSurveyFields = "true")
          if (!is.null(form)) body[["forms[0]"]] <- form
          resp <- request(url) |>
            req_body_form(!!!body) |>
            req_retry(max_tries = 3) |>
            req_perform()
          read_csv(resp_body_string(resp), show_col_types = FALSE)
        }

        main <- export_records(api_url, token) |>
          mutate(visit_date = ymd(visit_date),
                 age_band = cut(age, breaks = c(17, 39, 59, 79, Inf), labels = c("18-39", "40-59", "60-79", "80+")))

        pilot <- export_records(pilot_url, pilot_token, form = "baseline")

        dir.create("data/derived", showWarnings = FALSE, recursive = TRUE)
        write_csv(main,  "data/derived/cardiofollow_records.csv")
        write_csv(pilot, "data/derived/pilot_baseline.csv")
        message(sprintf("%d main records, %d pilot records", nrow(main), nrow(pilot)))
        """, dom=dom, ref=F.n('Sys.getenv("REDCAP_API_TOKEN")', "env-reference"),
        pilot=F.s(t.hex(32, upper=True), "redcap-api-token")))

    F = c.file("%s/analysis/db_connect.R" % root)
    F.write(T("""
        library(DBI)
        library(RPostgres)

        # Read-only role on the lab's Postgres (VM on the department cloud)
        con <- dbConnect(
          RPostgres::Postgres(),
          dbname   = "cohort",
          host     = "pgsql.lab.@@dom@@",
          port     = 5432,
          user     = "lab_ro",
          password = "@@pw@@",
          sslmode  = "require"
        )

        # admin role: never hard-code this one
        # admin <- dbConnect(RPostgres::Postgres(), dbname = "cohort", user = "lab_admin",
        #                    password = @@ph@@)

        visits <- dbGetQuery(con, "
          SELECT participant_id, visit_no, visit_date, sbp, dbp, hr
          FROM   visits
          WHERE  visit_date >= $1
        ", params = list(as.Date("2023-01-01")))

        dbDisconnect(con)
        """, dom=dom, pw=F.s(pw.any("json"), "generic-password"),
        ph=F.n('askpass::askpass("lab_admin password: ")', "interactive-prompt")))

    F = c.file("%s/analysis/02_models.R" % root)
    F.write(T("""
        library(dplyr)
        library(lme4)
        library(broom.mixed)

        d <- readr::read_csv("data/derived/cardiofollow_records.csv", show_col_types = FALSE) |>
          filter(!is.na(sbp), !is.na(visit_no)) |>
          mutate(time_y = (visit_no - 1) / 2)

        m0 <- lmer(sbp ~ time_y + (1 | participant_id), data = d, REML = FALSE)
        m1 <- lmer(sbp ~ time_y * arm + age_band + (1 + time_y | participant_id), data = d, REML = FALSE)
        anova(m0, m1)

        tidy(m1, effects = "fixed", conf.int = TRUE) |>
          mutate(across(where(is.numeric), ~ round(.x, 3))) |>
          readr::write_csv("output/tables/sbp_mixed_model.csv")

        set.seed(20240611)
        boot <- replicate(500, {
          s <- d[sample(nrow(d), replace = TRUE), ]
          fixef(update(m1, data = s))["time_y:armintervention"]
        })
        quantile(boot, c(0.025, 0.975))
        """))

    F = c.file("%s/analysis/renv.lock" % root)
    F.write(T("""
        {
          "R": {
            "Version": "4.4.1",
            "Repositories": [
              {
                "Name": "CRAN",
                "URL": "https://packagemanager.posit.co/cran/latest"
              }
            ]
          },
          "Packages": {
            "DBI": {
              "Package": "DBI",
              "Version": "1.2.3",
              "Source": "Repository",
              "Repository": "CRAN",
              "Hash": "@@h1@@"
            },
            "httr2": {
              "Package": "httr2",
              "Version": "1.0.1",
              "Source": "Repository",
              "Repository": "CRAN",
              "Hash": "@@h2@@"
            },
            "lme4": {
              "Package": "lme4",
              "Version": "1.1-35.3",
              "Source": "Repository",
              "Repository": "CRAN",
              "Hash": "@@h3@@"
            },
            "RPostgres": {
              "Package": "RPostgres",
              "Version": "1.4.7",
              "Source": "Repository",
              "Repository": "CRAN",
              "Hash": "@@h4@@"
            }
          }
        }
        """, h1=F.n(t.md5(), "hash-md5"), h2=F.n(t.md5(), "hash-md5"), h3=F.n(t.md5(), "hash-md5"),
        h4=F.n(t.md5(), "hash-md5")))

    # ------------------------------------------------------------------ MATLAB
    F = c.file("%s/matlab/load_from_db.m" % root)
    F.write(T("""
        function T = load_from_db(studyId)
        %LOAD_FROM_DB  Fetch ECG summary rows for one study from the lab MySQL server.
        %   T = LOAD_FROM_DB(studyId) returns a table with one row per recording.
        %
        %   Requires Database Toolbox and the MySQL JDBC driver on the Java class path.

        arguments
            studyId (1,1) double {mustBeInteger, mustBePositive}
        end

        conn = database('ecgdb', 'matlab_user', '@@pw@@', ...
            'Vendor', 'MySQL', 'Server', 'mysql.lab.@@dom@@', 'PortNumber', 3306);
        cleanup = onCleanup(@() close(conn));

        q = sprintf(['SELECT rec_id, participant_id, fs_hz, duration_s, rr_mean_ms, sdnn_ms ', ...
                     'FROM recordings WHERE study_id = %d ORDER BY rec_id'], studyId);
        T = fetch(conn, q);
        T.rr_mean_ms = double(T.rr_mean_ms);
        end
        """, pw=F.s(pw.human("json").replace("'", ""), "generic-password"), dom=dom))

    F = c.file("%s/matlab/fetch_physionet.m" % root)
    F.write(T("""
        % Download a few PhysioNet records through the lab's authenticated mirror.
        token = @@ref@@;
        opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' token]}, 'Timeout', 60);
        ids = {'100', '101', '103', '105'};
        for k = 1:numel(ids)
            url = sprintf('https://physio-mirror.lab.@@dom@@/mitdb/1.0.0/%s.dat', ids{k});
            websave(fullfile('data', 'raw', [ids{k} '.dat']), url, opts);
        end
        fprintf('downloaded %d records\\n', numel(ids));
        """, ref=F.n("getenv('PHYSIO_MIRROR_TOKEN')", "env-reference"), dom=dom))

    F = c.file("%s/matlab/startup.m" % root)
    F.write(T("""
        % Lab MATLAB startup
        addpath(genpath(fullfile(getenv('HOME'), 'lab-share', 'matlab', 'toolbox')));
        javaaddpath('/opt/jdbc/mysql-connector-j-8.4.0.jar');
        set(groot, 'defaultAxesFontName', 'Helvetica');
        set(groot, 'defaultLineLineWidth', 1.2);
        format long g
        """))

    # ------------------------------------------------------------------ Julia
    F = c.file("%s/julia/FetchData.jl" % root)
    F.write(T("""
        module FetchData

        using HTTP, JSON3, DataFrames, CSV

        const OPENALEX = "https://api.openalex.org"
        const MAILTO = "@@user@@@@@dom@@"
        const HF_TOKEN = "@@hf@@"   # TODO move to ENV before the paper is out

        mendeley_secret() = @@ref@@

        function works(query::AbstractString; per_page::Int = 50)
            url = string(OPENALEX, "/works?search=", HTTP.escapeuri(query), "&per-page=", per_page,
                         "&mailto=", MAILTO)
            r = HTTP.get(url; retry = true, readtimeout = 30)
            j = JSON3.read(r.body)
            DataFrame(id = [w.id for w in j.results], title = [w.title for w in j.results],
                      year = [w.publication_year for w in j.results])
        end

        function download_model(repo::AbstractString, file::AbstractString, dest::AbstractString)
            url = "https://huggingface.co/$repo/resolve/main/$file"
            HTTP.download(url, dest; headers = ["Authorization" => "Bearer $HF_TOKEN"])
        end

        end # module
        """, user=user, dom=dom, hf=F.s(t.huggingface(), "huggingface-token"),
        ref=F.n('ENV["MENDELEY_CLIENT_SECRET"]', "env-reference")))

    F = c.file("%s/julia/Project.toml" % root)
    F.write(T("""
        name = "FetchData"
        uuid = "@@u0@@"
        authors = ["@@f@@ @@l@@ <@@user@@@@@dom@@>"]
        version = "0.3.1"

        [deps]
        CSV = "@@u1@@"
        DataFrames = "@@u2@@"
        HTTP = "@@u3@@"
        JSON3 = "@@u4@@"

        [compat]
        julia = "1.10"
        """, u0=F.n(t.uuid(), "uuid"), u1=F.n(t.uuid(), "uuid"), u2=F.n(t.uuid(), "uuid"), u3=F.n(t.uuid(), "uuid"),
        u4=F.n(t.uuid(), "uuid"), f=f.title(), l=l.title(), user=user, dom=dom))

    F = c.file("%s/julia/Manifest.toml" % root)
    F.write(T("""
        # This file is machine-generated - editing it directly is not advised

        julia_version = "1.10.4"
        manifest_format = "2.0"
        project_hash = "@@p@@"

        [[deps.CSV]]
        deps = ["CodecZlib", "Dates", "FilePathsBase", "InlineStrings", "Mmap", "Parsers", "PooledArrays", "PrecompileTools", "SentinelArrays", "Tables", "Unicode", "WeakRefStrings", "WorkerUtilities"]
        git-tree-sha1 = "@@g1@@"
        uuid = "336ed68f-0bac-5ca0-87d4-7b16caf5d00b"
        version = "0.10.14"

        [[deps.HTTP]]
        deps = ["Base64", "CodecZlib", "ConcurrentUtilities", "Dates", "ExceptionUnwrapping", "Logging", "LoggingExtras", "MbedTLS", "NetworkOptions", "OpenSSL", "Random", "SimpleBufferStream", "Sockets", "URIs", "UUIDs"]
        git-tree-sha1 = "@@g2@@"
        uuid = "cd3eb016-35fb-5094-929b-558a96fad6f3"
        version = "1.10.8"

        [[deps.JSON3]]
        deps = ["Dates", "Mmap", "Parsers", "PrecompileTools", "StructTypes", "UUIDs"]
        git-tree-sha1 = "@@g3@@"
        uuid = "0f8b85d8-7281-11e9-16c2-39a750bddbf1"
        version = "1.14.0"
        """, p=F.n(t.sha1(), "git-sha"), g1=F.n(t.sha1(), "git-sha"), g2=F.n(t.sha1(), "git-sha"),
        g3=F.n(t.sha1(), "git-sha")))

    # ------------------------------------------------------------------ HPC
    F = c.file("%s/hpc/jobs/train_array.slurm" % root)
    F.write(T("""
        #!/bin/bash
        #SBATCH --job-name=ecg-transformer
        #SBATCH --partition=gpu
        #SBATCH --gres=gpu:a100:1
        #SBATCH --cpus-per-task=8
        #SBATCH --mem=64G
        #SBATCH --time=23:59:00
        #SBATCH --array=0-9%4
        #SBATCH --output=logs/%x_%A_%a.out
        #SBATCH --mail-type=END,FAIL
        #SBATCH --mail-user=@@user@@@@@dom@@

        module purge
        module load cuda/12.2 miniforge/24.3

        source activate ecg
        export OMP_NUM_THREADS=$SLURM_CPUS_PER_TASK
        export HF_HOME=/scratch/$USER/hf-cache
        export WANDB_PROJECT=ecg-transformer
        export WANDB_API_KEY=@@wandb@@
        export WANDB_DIR=/scratch/$USER/wandb

        FOLD=$SLURM_ARRAY_TASK_ID
        srun python -m ecgtx.train \\
            --config configs/base.yaml \\
            --fold "$FOLD" \\
            --data /scratch/$USER/mitbih \\
            --out runs/fold_${FOLD}
        """, user=user, dom=dom, wandb=F.s(t.wandb(), "wandb-api-key")))

    F = c.file("%s/hpc/jobs/sync_results.sh" % root)
    F.write(T("""
        #!/usr/bin/env bash
        # Copy finished runs from the cluster to the lab storage server (cron on the login node).
        set -euo pipefail

        SRC=/scratch/@@user@@/runs/
        DEST=labstore.@@dom@@:/export/lab/runs/

        find "$SRC" -name '*.ckpt' -mtime +14 -delete
        sshpass -p '@@pw@@' rsync -az --partial --exclude '*.tmp' "$SRC" "labsync@$DEST"
        echo "$(date -Is) sync ok" >> ~/sync.log
        """, user=user, dom=dom, pw=F.s(pw.any("shell"), "generic-password")))

    F = c.file("%s/hpc/jobs/globus_transfer.sh" % root)
    F.write(T("""
        #!/usr/bin/env bash
        # Nightly Globus transfer of raw ECG archives to the national archive endpoint.
        set -euo pipefail
        export GLOBUS_CLI_CLIENT_ID=@@cid@@
        export GLOBUS_CLI_CLIENT_SECRET=@@sec@@

        SRC_EP=@@ep1@@
        DST_EP=@@ep2@@
        globus transfer "$SRC_EP:/lab/raw/" "$DST_EP:/archive/@@uni@@/ecg/" \\
          --recursive --sync-level checksum --label "ecg-nightly-$(date +%F)"
        """, cid=F.n(t.uuid(), "uuid"), sec=F.s(t.b64(32), "generic-api-key"), ep1=F.n(t.uuid(), "uuid"),
        ep2=F.n(t.uuid(), "uuid"), uni=uni))

    F = c.file("%s/.ssh/config" % home)
    F.write(T("""
        Host *
            ServerAliveInterval 60
            AddKeysToAgent yes
            IdentitiesOnly yes

        Host hpc
            HostName login.hpc.@@dom@@
            User @@user@@
            IdentityFile ~/.ssh/id_ed25519
            ControlMaster auto
            ControlPath ~/.ssh/cm-%r@%h:%p
            ControlPersist 4h

        Host gpu-* 
            ProxyJump hpc
            User @@user@@

        Host labstore
            HostName labstore.@@dom@@
            User labsync
            Port 2222
        """, dom=dom, user=user))

    key, pub = _ssh_ed25519(c, "%s@%s-laptop" % (user, uni))
    F = c.file("%s/.ssh/id_ed25519" % home)
    F.write(F.s(key, "private-key-openssh", {"type": "openssh"}) + "\n")
    F = c.file("%s/.ssh/id_ed25519.pub" % home)
    F.write(F.n(pub, "public-key") + "\n")

    F = c.file("%s/.ssh/known_hosts" % home)
    hk1, hk2 = _ssh_ed25519(c, "")[1], _ssh_ed25519(c, "")[1]
    F.write(T("""
        @@k1@@
        @@k2@@
        @@k3@@
        """, k1=F.n("|1|%s|%s %s" % (t.b64(20), t.b64(20), hk1.strip()), "public-key"),
        k2=F.n("|1|%s|%s %s" % (t.b64(20), t.b64(20), hk2.strip()), "public-key"),
        k3=F.n("github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
               "public-key")))

    F = c.file("%s/.netrc" % home)
    F.write(T("""
        machine urs.earthdata.nasa.gov
            login @@user@@
            password @@pw@@

        machine api.wandb.ai
          login user
          password @@wb@@
        """, user=user, pw=F.s(pw.human("ini"), "generic-password"), wb=F.s(t.wandb(), "wandb-api-key")))

    # ------------------------------------------------------------------ AWS / GCP credentials used by the lab
    F = c.file("%s/.aws/credentials" % home)
    a1, s1 = t.aws_id(), t.aws_secret()
    a2, s2, st = t.aws_id("ASIA"), t.aws_secret(), t.aws_session()
    F.write(T("""
        [default]
        @@b1@@aws_access_key_id = @@a1@@
        aws_secret_access_key = @@s1@@@@e1@@
        region = eu-west-2

        [lab-archive]
        @@b2@@aws_access_key_id = @@a2@@
        aws_secret_access_key = @@s2@@
        aws_session_token = @@st@@@@e2@@
        """, b1=F.sb("aws-access-key", [a1, s1], {"type": "aws-id", "value": a1}), a1=a1, s1=s1, e1=F.e(),
        b2=F.sb("aws-session-credentials", [a2, s2, st], {"type": "aws-id", "value": a2}), a2=a2, s2=s2, st=st,
        e2=F.e()))

    F = c.file("%s/analysis/gcp/bq-reader-%s.json" % (root, t.hex(12)))
    sa = gcp_service_account(c, "%s-cohort-%d" % (uni, r.randint(100, 999)), "bq-reader")
    F.write(F.sb("gcp-service-account", [sa["private_key_id"], "-----BEGIN PRIVATE KEY-----"],
                 {"type": "gcp-sa"}) + json.dumps(sa, indent=2) + F.e() + "\n")

    # ------------------------------------------------------------------ conda
    F = c.file("%s/envs/environment.yml" % root)
    F.write(T("""
        name: ecg
        channels:
          - conda-forge
          - nvidia
          - pytorch
        dependencies:
          - python=3.11
          - numpy=1.26
          - pandas=2.2
          - scipy
          - wfdb
          - pytorch=2.3
          - pytorch-cuda=12.1
          - pip
          - pip:
              - mlflow==2.14.1
              - neurokit2==0.2.9
        variables:
          MLFLOW_TRACKING_URI: https://mlflow.lab.@@dom@@
          MLFLOW_TRACKING_USERNAME: @@user@@
          MLFLOW_TRACKING_PASSWORD: @@pw@@
        """, dom=dom, user=user, pw=F.s(pw.any("yaml"), "generic-password")))

    F = c.file("%s/envs/conda-lock.yml" % root)
    F.write(T("""
        version: 1
        metadata:
          content_hash:
            linux-64: @@ch@@
          channels:
          - url: conda-forge
            used_env_vars: []
          platforms:
          - linux-64
        package:
        - name: numpy
          version: 1.26.4
          manager: conda
          platform: linux-64
          url: https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda
          hash:
            md5: @@m1@@
            sha256: @@s1@@
          category: main
          optional: false
        - name: wfdb
          version: 4.1.2
          manager: pip
          platform: linux-64
          url: https://files.pythonhosted.org/packages/py3/w/wfdb/wfdb-4.1.2-py3-none-any.whl
          hash:
            sha256: @@s2@@
          category: main
          optional: false
        """, ch=F.n(t.sha256(), "hash-sha256"), m1=F.n(t.md5(), "hash-md5"), s1=F.n(t.sha256(), "hash-sha256"),
        s2=F.n(t.sha256(), "hash-sha256")))

    # ------------------------------------------------------------------ reference managers
    F = c.file("%s/zotero/zotero_sync.py" % root)
    F.write(T("""
        \"\"\"Mirror the lab's Zotero group library into a BibTeX file for the thesis template.\"\"\"
        import os
        import sys

        import bibtexparser
from pyzotero import zotero

        GROUP_ID = "@@gid@@"
        API_KEY = @@ref@@


        def main(out="refs/lab.bib"):
            zot = zotero.Zotero(GROUP_ID, "group", API_KEY)
            zot.add_parameters(format="bibtex")
            bib = zot.everything(zot.top())
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(bibtexparser.dumps(bib))
            print(f"wrote {len(bib.entries)} entries to {out}", file=sys.stderr)


        if __name__ == "__main__":
            main(*sys.argv[1:])
        """, gid=t.digits(7), ref=F.n('os.environ["ZOTERO_API_KEY"]', "env-reference")))

    F = c.file("%s/mendeley/config.json" % root)
    F.write(T("""
        {
          "client_id": "@@cid@@",
          "client_secret": "@@sec@@",
          "redirect_uri": "http://localhost:5000/oauth",
          "scopes": ["all"],
          "group": "ECG methods reading group"
        }
        """, cid=t.digits(5), sec=F.s(t.mixed(16), "generic-api-key")))

    # ------------------------------------------------------------------ jupyter
    F = c.file("%s/.jupyter/jupyter_server_config.py" % home)
    F.write(T("""
        c = get_config()  # noqa

        c.ServerApp.ip = "127.0.0.1"
        c.ServerApp.port = 8899
        c.ServerApp.open_browser = False
        c.ServerApp.root_dir = "/home/@@user@@/lab-share"
        # hashed with jupyter_server.auth.passwd()
        c.PasswordIdentityProvider.hashed_password = "@@h@@"
        c.ServerApp.allow_remote_access = False
        """, user=user, h=F.n("argon2:" + t.argon2(), "password-hash")))

    # ------------------------------------------------------------------ onboarding notes (org-mode)
    F = c.file("%s/notes/onboarding.org" % root)
    F.write(T("""
        #+TITLE: Lab onboarding
        #+AUTHOR: @@f@@ @@l@@
        #+STARTUP: overview

        * Accounts
        | service        | user         | how to get access                         |
        |----------------+--------------+-------------------------------------------|
        | HPC            | your IT id   | form on the research computing site       |
        | REDCap         | your IT id   | ask the PI, then request an API token     |
        | JupyterHub     | lab-shared   | shared password: @@hub@@ |
        | Zotero group   | personal     | invite from the lab manager               |

        * First week
        - [ ] read the data management plan (=docs/DMP.pdf=)
        - [ ] complete the information governance module
        - [ ] set up SSH keys for the cluster

        * Cluster cheatsheet
        #+begin_src shell
        ssh hpc
        sinfo -p gpu
        squeue -u $USER
        sacct -j <jobid> --format=JobID,State,Elapsed,MaxRSS
        #+end_src

        * Data checksums
        Raw exports are verified against the manifest before analysis:
        #+begin_src shell
        sha256sum -c data/raw/MANIFEST.sha256
        #+end_src
        """, f=f.title(), l=l.title(), hub=F.s(pw.human("word"), "generic-password")))

    F = c.file("%s/data/raw/MANIFEST.sha256" % root)
    F.write(T("""
        @@h1@@  cardiofollow_export_2024-05-01.csv
        @@h2@@  pilot_baseline_2023-11-20.csv
        @@h3@@  mitbih_subset.tar.zst
        """, h1=F.n(t.sha256(), "hash-sha256"), h2=F.n(t.sha256(), "hash-sha256"), h3=F.n(t.sha256(), "hash-sha256")))

    F = c.file("%s/README.md" % root)
    F.write(T("""
        # Cardiovascular signals lab: shared drive

        Layout:

        - `analysis/`: R scripts, numbered in run order. `renv.lock` pins the packages.
        - `matlab/`: signal processing (QRS detection, HRV) and the database helper.
        - `julia/`: literature mining with OpenAlex.
        - `hpc/`: SLURM jobs; see `hpc/jobs/README`.
        - `envs/`: conda environments for the cluster.
        - `data/`: raw exports (read-only) and derived tables.

        Secrets go in `~/.Renviron` or your shell profile on the cluster, never in scripts.
        """))


def _ssh_ed25519(c, comment):
    import keys
    return keys.openssh_ed25519(c.rng, comment)


def gcp_service_account(c, project, name):
    """A GCP service-account key file dict (private key is a real PKCS#8 RSA key)."""
    k = c.rsa()
    t = c.tok
    email = "%s@%s.iam.gserviceaccount.com" % (name, project)
    return {
        "type": "service_account",
        "project_id": project,
        "private_key_id": t.hex(40),
        "private_key": k.pem_pkcs8() + "\n",
        "client_email": email,
        "client_id": t.digits(21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40"),
        "universe_domain": "googleapis.com",
    }
