"""ml-platform/: LLM gateway, RAG service, notebooks, training configs, vector DBs, model sync."""

import base64
import json

from .common import py_module, readme

R = "ml-platform/"


def nb(cells):
    """Render a Jupyter notebook; cells are (type, [source lines], [output lines] or None).
    Each source/output line becomes exactly one JSON line in the file, so markers stay on one line."""
    out = ['{', ' "cells": [']
    for ci, (ctype, src, outputs) in enumerate(cells):
        out.append('  {')
        out.append('   "cell_type": "%s",' % ctype)
        if ctype == "code":
            out.append('   "execution_count": %d,' % (ci + 1))
        out.append('   "metadata": {},')
        if ctype == "code":
            out.append('   "outputs": [')
            if outputs:
                kind, lines = outputs
                if kind == "stream":
                    out.append('    {')
                    out.append('     "name": "stdout",')
                    out.append('     "output_type": "stream",')
                    out.append('     "text": [')
                    out.extend('      %s%s' % (l, "," if i < len(lines) - 1 else "") for i, l in enumerate(lines))
                    out.append('     ]')
                    out.append('    }')
                else:  # image
                    out.append('    {')
                    out.append('     "data": {')
                    out.append('      "image/png": "%s",' % lines[0])
                    out.append('      "text/plain": [')
                    out.append('       "<Figure size 640x480 with 1 Axes>"')
                    out.append('      ]')
                    out.append('     },')
                    out.append('     "metadata": {},')
                    out.append('     "output_type": "display_data"')
                    out.append('    }')
            out.append('   ],')
        out.append('   "source": [')
        out.extend('    %s%s' % (l, "," if i < len(src) - 1 else "") for i, l in enumerate(src))
        out.append('   ]')
        out.append('  }' + ("," if ci < len(cells) - 1 else ""))
    out += [' ],', ' "metadata": {', '  "kernelspec": {', '   "display_name": "Python 3 (ipykernel)",',
            '   "language": "python",', '   "name": "python3"', '  },', '  "language_info": {',
            '   "name": "python",', '   "version": "3.11.9"', '  }', ' },', ' "nbformat": 4,',
            ' "nbformat_minor": 5', '}']
    return "\n".join(out) + "\n"


def q(s):
    """JSON-quote a notebook source line (markers survive json.dumps unchanged)."""
    return json.dumps(s + "\n")


def qs(prefix, marker, suffix):
    """JSON string made of a prefix, a raw marker and a suffix."""
    return json.dumps(prefix)[:-1] + marker + json.dumps(suffix)[1:]


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain

    c.w(R + "README.md", readme(v, "ML platform", """
        * `gateway/` LiteLLM proxy in front of OpenAI / Anthropic / Groq / Azure OpenAI / Gemini
        * `rag-service/` retrieval service (Qdrant + pgvector)
        * `training/` fine-tuning configs (Hydra), DVC-tracked datasets
        * `notebooks/` exploration; **clear outputs before committing** (`nbstripout`)

        Provider keys live in 1Password vault *ml-platform*; the gateway issues virtual keys to teams.
        """))

    # ---------------------------------------------------------------- gateway
    gw = R + "gateway/"
    master = "sk-" + v.alnum(32)
    c.w(gw + ".env", """
        LITELLM_MASTER_KEY=%s
        LITELLM_SALT_KEY=%s
        DATABASE_URL=%s
        OPENAI_API_KEY=%s
        ANTHROPIC_API_KEY=%s
        GROQ_API_KEY=%s
        MISTRAL_API_KEY=%s
        GEMINI_API_KEY=%s
        AZURE_API_BASE=https://%s-oai-swedencentral.openai.azure.com/
        AZURE_API_KEY=%s
        AZURE_API_VERSION=2024-06-01
        LANGFUSE_PUBLIC_KEY=%s
        LANGFUSE_SECRET_KEY=%s
        LANGFUSE_HOST=https://langfuse.%s
        """ % (S(master, "generic-api-key"), S("sk-" + v.alnum(24), "app-secret-key"),
               S("postgresql://litellm:%s@%s:5432/litellm" % (v.password("url"), v.host("pg-ml")), "credential-uri"),
               S(v.openai("proj"), "openai-api-key"), S(v.anthropic(), "anthropic-api-key"), S(v.groq(), "groq-api-key"),
               S(v.mistral(), "generic-api-key"), S(v.google_api(), "google-api-key"), v.slug,
               S(v.hexkey(32), "azure-openai-key"), N("pk-lf-" + v.uuid(), "public-client-id"),
               S("sk-lf-" + v.uuid(), "langfuse-secret-key"), dom))
    c.w(gw + ".env.example", """
        LITELLM_MASTER_KEY=%s
        OPENAI_API_KEY=%s
        ANTHROPIC_API_KEY=%s
        GEMINI_API_KEY=%s
        """ % (N("sk-1234", "placeholder"), N("sk-proj-...", "placeholder"), N("sk-ant-api03-XXXXXXXX", "placeholder"),
               N("<gemini-key>", "placeholder")))
    c.w(gw + "litellm_config.yaml", """
        model_list:
          - model_name: gpt-4o
            litellm_params:
              model: openai/gpt-4o
              api_key: %s
          - model_name: claude-sonnet
            litellm_params:
              model: anthropic/claude-3-5-sonnet-20240620
              api_key: %s
          - model_name: llama-70b-internal
            litellm_params:
              model: openai/meta-llama/Meta-Llama-3.1-70B-Instruct
              api_base: http://vllm-70b.ml.svc.cluster.local:8000/v1
              api_key: "%s"
          - model_name: gpt-4o-eu
            litellm_params:
              model: azure/gpt-4o-eu
              api_base: https://%s-oai-francecentral.openai.azure.com/
              api_key: %s
          - model_name: grok
            litellm_params:
              model: xai/grok-2
              api_key: "%s"

        general_settings:
          master_key: %s
          alerting: ["slack"]

        environment_variables:
          SLACK_WEBHOOK_URL: "%s"
        """ % (N("os.environ/OPENAI_API_KEY", "env-reference"), N("os.environ/ANTHROPIC_API_KEY", "env-reference"), S("token-" + v.alnum(32), "generic-api-key"), v.slug,
               S(v.hexkey(32), "azure-openai-key"), S(v.xai(), "xai-api-key"), N("os.environ/LITELLM_MASTER_KEY", "env-reference"),
               S(v.slack_webhook(), "slack-webhook")))
    c.w(gw + "teams.csv", """
        team,virtual_key_alias,budget_usd,models
        search,search-prod,%d,"gpt-4o,claude-sonnet"
        support-bot,support-prod,%d,"gpt-4o-mini"
        analytics,analytics-batch,%d,"llama-70b-internal"
        """ % (v.r.randint(200, 900), v.r.randint(100, 400), v.r.randint(50, 300)))

    # ---------------------------------------------------------------- RAG service
    rg = R + "rag-service/"
    qd = v.alnum(40)
    c.w(rg + "app/settings.py", """
        from pydantic import Field, SecretStr
        from pydantic_settings import BaseSettings, SettingsConfigDict


        class Settings(BaseSettings):
            model_config = SettingsConfigDict(env_file=".env", env_prefix="RAG_")

            qdrant_url: str = "https://qdrant.ml.%s:6333"
            qdrant_api_key: SecretStr = SecretStr("%s")
            pg_dsn: str = "%s"
            openai_api_key: SecretStr = Field(%s)
            pinecone_api_key: str = "%s"
            cohere_api_key: str = "%s"
            embed_model: str = "text-embedding-3-large"
            rerank_top_k: int = 8


        settings = Settings()
        """ % (dom, S(qd, "generic-api-key"),
               S("postgresql://rag:%s@%s/vectors" % (v.password("url"), v.host("pgvector")), "credential-uri"),
               N("default=...", "placeholder"), S(v.pinecone(), "pinecone-api-key"), S(v.cohere(), "generic-api-key")))
    c.w(rg + "app/retrieve.py", py_module(v, "Chunk retrieval", "chunk"))
    minio_pw = v.password("alnum")
    pgv = v.password("any")
    c.w(rg + "docker-compose.yml", """
        services:
          qdrant:
            image: qdrant/qdrant:v1.10.1
            environment:
              QDRANT__SERVICE__API_KEY: %s
            volumes: ["qdrant:/qdrant/storage"]
          weaviate:
            image: cr.weaviate.io/semitechnologies/weaviate:1.26.1
            environment:
              AUTHENTICATION_APIKEY_ENABLED: "true"
              AUTHENTICATION_APIKEY_ALLOWED_KEYS: "%s"
              AUTHENTICATION_APIKEY_USERS: "rag-service"
          minio:
            image: minio/minio:RELEASE.2024-07-16T23-46-41Z
            command: server /data --console-address ":9001"
            environment:
              MINIO_ROOT_USER: mladmin
              MINIO_ROOT_PASSWORD: %s
          minio-dev:
            image: minio/minio:RELEASE.2024-07-16T23-46-41Z
            environment:
              MINIO_ROOT_USER: minioadmin
              MINIO_ROOT_PASSWORD: %s
          pgvector:
            image: pgvector/pgvector:pg16
            environment:
              POSTGRES_PASSWORD: '%s'
        volumes:
          qdrant: {}
        """ % (N("${QDRANT_API_KEY}", "env-reference"), S(v.alnum(32), "generic-api-key"), S(minio_pw, "generic-password"),
               N("minioadmin", "well-known-default"), S(pgv, "generic-password")))
    c.w(rg + "k8s/secret.yaml", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: rag-service
          namespace: ml
        type: Opaque
        data:
          RAG_QDRANT_API_KEY: %s
          RAG_OPENAI_API_KEY: %s
          RAG_PG_USER: %s
        """ % (S(base64.b64encode(v.alnum(40).encode()).decode(), "kubernetes-secret-data"),
               S(base64.b64encode(v.openai("svc").encode()).decode(), "kubernetes-secret-data"),
               N(base64.b64encode(b"rag").decode(), "encoded-data")))
    c.w(rg + "k8s/external-secret.yaml", """
        apiVersion: external-secrets.io/v1beta1
        kind: ExternalSecret
        metadata:
          name: rag-service-prod
        spec:
          secretStoreRef: { kind: ClusterSecretStore, name: onepassword }
          data:
            - secretKey: RAG_OPENAI_API_KEY
              remoteRef:
                key: %s
        """ % N("op://ml-platform/openai-rag/credential", "secret-manager-reference"))

    # ---------------------------------------------------------------- notebooks
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + v.rbytes(600)).decode()
    cells = [
        ("markdown", [q("# RAG evaluation — %s docs" % v.company), q("Compare retrievers on the golden set.")], None),
        ("code", [q("import os"), q("from openai import OpenAI"), q("from anthropic import Anthropic"), q(""),
                  qs('os.environ["OPENAI_API_KEY"] = "', S(v.openai("proj"), "openai-api-key"), '"\n'),
                  qs('client = Anthropic(api_key="', S(v.anthropic(), "anthropic-api-key"), '")\n'),
                  q('oai = OpenAI()')], None),
        ("code", [q("from getpass import getpass"), qs("LANGSMITH_API_KEY = ", N('getpass(\\"LangSmith key: \\")', "interactive-prompt"), "\n")], None),
        ("code", [q('os.environ["LANGCHAIN_TRACING_V2"] = "true"'),
                  qs('os.environ["LANGCHAIN_API_KEY"] = "', S(v.langsmith(), "langsmith-api-key"), '"\n'),
                  q("print(os.environ.get('HF_TOKEN', '')[:6] + '****')")],
         ("stream", [qs("", N("hf_Ab****", "redacted"), "\n")])),
        ("code", [q("import matplotlib.pyplot as plt"), q("plt.plot(recall_at_k)")],
         ("image", [N(img, "encoded-data")])),
        ("code", [qs('revision = "', N(v.sha1(), "git-sha"), '"\n'),
                  q("ds = load_dataset('%s/support-golden', revision=revision)" % v.slug)], None),
    ]
    c.w(R + "notebooks/eval_rag.ipynb", nb(cells), dedent=False)
    cells = [
        ("markdown", [q("## QLoRA fine-tune of Llama 3.1 8B on support transcripts")], None),
        ("code", [q("from huggingface_hub import login"),
                  qs('login(token="', S(v.hf(), "huggingface-token"), '")\n'), q("import wandb")],
         ("stream", [q("Token is valid (permission: write)."),
                     q("Your token has been saved to /root/.cache/huggingface/token"),
                     q("Login successful")])),
        ("code", [qs('wandb.login(key="', S(v.wandb(), "wandb-api-key"), '")\n')],
         ("stream", [q("wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc")])),
        ("code", [qs("!git clone https://ml-bot:", S(v.hf(), "huggingface-token"),
                     "@huggingface.co/%s/support-llama-8b\n" % v.slug)], None),
        ("code", [q("from peft import LoraConfig"), q("cfg = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05)")], None),
    ]
    c.w(R + "notebooks/finetune_llama.ipynb", nb(cells), dedent=False)
    cells = [
        ("code", [q("import os, replicate"),
                  qs('os.environ.setdefault("REPLICATE_API_TOKEN", "', N("r8_" + "*" * 37, "redacted"), '")\n')], None),
        ("code", [qs('client = replicate.Client(api_token="', S(v.replicate(), "replicate-api-token"), '")\n')], None),
    ]
    c.w(R + "notebooks/scratch/image_captions.ipynb", nb(cells), dedent=False)

    # ---------------------------------------------------------------- training configs, DVC, scripts
    tr = R + "training/"
    kid, sec = v.aws_pair()
    c.w(tr + "configs/data/support.yaml", """
        # @package _global_
        dataset:
          name: support-transcripts-v3
          s3_uri: s3://%s-ml-datasets/support/v3/
          %saws_access_key_id: %s
          aws_secret_access_key: %s%s
          hf_token: %s
        """ % (v.slug, c.B("secret", "aws-access-key"), c.A(kid), c.A(sec), c.E(), N("${oc.env:HF_TOKEN}", "env-reference")))
    c.w(tr + "configs/trainer/qlora.yaml", """
        trainer:
          max_steps: 3000
          learning_rate: 2.0e-4
          per_device_train_batch_size: 4
          gradient_accumulation_steps: 8
          report_to: wandb
        wandb:
          entity: %s-ml
          project: support-llama
          api_key: %s
        """ % (v.slug, N("${oc.env:WANDB_API_KEY,null}", "env-reference")))
    k2, s2 = v.aws_pair()
    c.w(R + ".dvc/config", """
        [core]
            remote = storage
        ['remote "storage"']
            url = s3://%s-ml-dvc/store
            %saccess_key_id = %s
            secret_access_key = %s%s
        ['remote "gcs-archive"']
            url = gs://%s-ml-archive/dvc
            credentialpath = %s
        """ % (v.slug, c.B("secret", "aws-access-key"), c.A(k2), c.A(s2), c.E(), v.slug,
               N("/secrets/gcp/dvc-reader.json", "file-reference")))
    c.w(R + "scripts/sync_models.sh", """
        #!/usr/bin/env bash
        set -euo pipefail
        # Mirror approved models from the Hub into the internal bucket.
        huggingface-cli login --token %s
        for repo in meta-llama/Meta-Llama-3.1-8B-Instruct BAAI/bge-large-en-v1.5; do
          huggingface-cli download "$repo" --revision %s --local-dir "/models/${repo##*/}"
        done
        aws s3 sync /models "s3://%s-models/" --only-show-errors
        """ % (S(v.hf(), "huggingface-token"), N(v.sha1(), "git-sha"), v.slug))
    c.w(R + "scripts/bench_providers.py", """
        \"\"\"Latency benchmark across OpenAI-compatible providers.\"\"\"
        import os
        import time

        from openai import OpenAI

        PROVIDERS = {
            "openrouter": OpenAI(base_url="https://openrouter.ai/api/v1", api_key="%s"),
            "deepseek": OpenAI(base_url="https://api.deepseek.com", api_key="%s"),
            "perplexity": OpenAI(base_url="https://api.perplexity.ai", api_key="%s"),
            "together": OpenAI(base_url="https://api.together.xyz/v1", api_key=%s),
        }

        def bench(name, client, model):
            t0 = time.perf_counter()
            client.chat.completions.create(model=model, messages=[{"role": "user", "content": "ping"}], max_tokens=1)
            return name, time.perf_counter() - t0
        """ % (S(v.openrouter(), "openrouter-api-key"), S(v.deepseek(), "deepseek-api-key"),
               S(v.perplexity(), "perplexity-api-key"), N('os.environ["TOGETHER_API_KEY"]', "env-reference")))
    tid, tsec = "ak-" + v.alnum(22), "as-" + v.alnum(22)
    c.w(R + "infra/modal/.modal.toml", """
        [%s-ml]
        %stoken_id = "%s"
        token_secret = "%s"%s
        active = true
        """ % (v.slug, c.B("secret", "modal-token"), c.A(tid), c.A(tsec), c.E()))
    mlf_pw = v.password("url")
    c.w(R + "infra/mlflow/basic_auth.ini", """
        [mlflow]
        default_permission = READ
        database_uri = %s
        admin_username = admin
        admin_password = %s
        authorization_function = mlflow.server.auth:authenticate_request_basic_auth
        """ % (S("postgresql://mlflow:%s@%s/mlflow_auth" % (mlf_pw, v.host("pg-ml")), "credential-uri"),
               S(v.password("any"), "generic-password")))
    c.w(R + "infra/mlflow/client.env", """
        MLFLOW_TRACKING_URI=%s
        MLFLOW_S3_ENDPOINT_URL=https://minio.ml.%s
        MLFLOW_EXPERIMENT_NAME=support-llama
        """ % (S("https://trainer:%s@mlflow.ml.%s" % (v.password("url"), dom), "credential-uri"), dom))
    c.w(R + "models/registry.yaml", """
        models:
          - name: support-llama-8b
            version: 14
            artifact: s3://%s-models/support-llama-8b/v14/model.safetensors
            sha256: %s
            base_revision: %s
          - name: bge-large-en
            version: 3
            sha256: %s
        """ % (v.slug, N(v.sha256(), "hash-sha256"), N(v.sha1(), "git-sha"), N(v.sha256(), "hash-sha256")))
    c.w(R + "evals/prompts/support_system.md", """
        You are the %s support assistant. Never ask customers for their password or
        one-time codes. If a customer pastes an API key, tell them to rotate it in Settings → API keys.
        """ % v.company)
