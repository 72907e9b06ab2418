"""Extra leak-prone files: notebooks, CI definitions, direnv, serverless, shell scripts."""

import json

import gen_special as sp
from gen_core import ALNUM, rhex, rstr
from gen_plant import mix
from gen_tokens import openai_key
from gen_values import password, url_password


def build(ctx):
    r, d = ctx.rng, ctx.deck

    # ---- Jupyter notebook: a key pasted into a cell; an image output (negative)
    f = ctx.f("ml-worker", "notebooks/eval.ipynb")
    cell = lambda kind: ["  {", '   "cell_type": "%s",' % kind, '   "id": "%s",' % rhex(r, 8), '   "metadata": {},']
    f.add("{", ' "cells": [')
    f.add(*cell("markdown"))
    f.add('   "source": [', '    "# Retrieval eval\\n",', '    "Compares embedding models on the support-ticket set."',
          "   ]", "  },")
    f.add(*cell("code"))
    f.add('   "execution_count": 1,', '   "outputs": [],', '   "source": [', '    "import os\\n",')
    f.secret('    "os.environ[\\"OPENAI_API_KEY\\"] = \\"%s\\"\\n",' % openai_key(r), "openai-api-key")
    f.add('    "from openai import OpenAI\\n",', '    "client = OpenAI()"', "   ]", "  },")
    f.add(*cell("code"))
    f.add('   "execution_count": 2,', '   "outputs": [', "    {", '     "data": {')
    f.neg('      "image/png": "%s",' % sp.png_data_uri(r).split(",", 1)[1], "base64-asset")
    f.add('      "text/plain": [', '       "<Figure size 640x480 with 1 Axes>"', "      ]", "     },",
          '     "metadata": {},', '     "output_type": "display_data"', "    }", "   ],",
          '   "source": [', '    "plot_recall(results)"', "   ]", "  }", " ],",
          ' "metadata": {', '  "kernelspec": {', '   "display_name": "Python 3",', '   "language": "python",',
          '   "name": "python3"', "  }", " },", ' "nbformat": 4,', ' "nbformat_minor": 5', "}")
    f.write()

    f = ctx.f("ml-worker", ".env")
    mix(f, r, d, "env", pos=8, gen=2, negs=1, fill=(0, 1))
    f.write()

    # ---- GitLab CI
    f = ctx.f("platform", ".gitlab-ci.yml")
    f.add("stages: [test, build, deploy]", "", "variables:", '  DOCKER_DRIVER: overlay2')
    mix(f, r, d, "yaml-env", pos=4, gen=0, negs=3, indent="  ", fill=(0, 1), comments=0.3,
        allow=["templating", "placeholder"], flavor="gitlab")
    f.add("", "build:", "  stage: build", "  image: docker:27", "  script:")
    f.neg('    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"',
          "env-reference")
    f.add("    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .", "", "deploy:", "  stage: deploy", "  script:")
    f.secret("    - curl -fsS -X POST -F token=glptt-%s -F ref=main https://gitlab.acme.com/api/v4/projects/42/trigger/pipeline"
             % rhex(r, 40), "gitlab-trigger-token")
    f.write()

    # ---- Jenkinsfile
    f = ctx.f("billing-service", "Jenkinsfile")
    f.add("pipeline {", "  agent any", "  stages {", "    stage('Publish') {", "      steps {")
    f.neg("        withCredentials([string(credentialsId: 'nexus-password', variable: 'NEXUS_PASSWORD')]) {", "secret-reference")
    f.add("          sh 'mvn -B deploy -Dnexus.password=$NEXUS_PASSWORD'", "        }")
    f.secret("        sh 'docker login -u ci-publisher -p %s registry.acme.internal'" % password(r), "generic-password")
    f.add("      }", "    }", "  }", "}")
    f.write()

    # ---- direnv
    f = ctx.f("inventory-api", ".envrc")
    f.add("# direnv: loaded automatically when entering the directory", "dotenv_if_exists .env.local")
    mix(f, r, d, "shell", pos=3, gen=1, negs=1, fill=(0, 0), comments=0.2, allow=["placeholder"])
    f.write()

    # ---- .env.production committed by mistake
    f = ctx.f("storefront", ".env.production")
    mix(f, r, d, "env", pos=5, gen=2, negs=1, fill=(0, 1))
    f.write()

    # ---- serverless.yml: SSM references vs. literals
    f = ctx.f("notification-service", "serverless.yml")
    f.add("service: notification-service", "provider:", "  name: aws", "  runtime: nodejs20.x", "  region: eu-west-1",
          "  environment:")
    f.neg("    SENDGRID_API_KEY: ${ssm:/notify/prod/sendgrid-api-key}", "secret-reference")
    f.neg("    TWILIO_AUTH_TOKEN: ${ssm:/notify/prod/twilio-auth-token}", "secret-reference")
    mix(f, r, d, "yaml-env", pos=2, gen=0, negs=1, indent="    ", fill=(0, 1), comments=0, allow=["placeholder"])
    f.add("functions:", "  send:", "    handler: dist/handler.send")
    f.write()

    # ---- ops shell script with credentials on command lines
    f = ctx.f("platform", "scripts/nightly-backup.sh")
    f.add("#!/bin/sh", "set -e", "STAMP=$(date +%F)", "")
    f.secret("mysqldump -h mysql-primary.acme.net -u backup -p'%s' --all-databases > /backup/mysql-$STAMP.sql" % password(r),
             "generic-password")
    f.secret("PGPASSWORD='%s' pg_dump -h analytics-db.internal -U analyst analytics > /backup/pg-$STAMP.sql" % url_password(r),
             "generic-password")
    f.secret('curl -fsS -u "backup:%s" -T /backup/mysql-$STAMP.sql https://files.acme.internal/backups/' % url_password(r),
             "basic-auth-cli")
    f.neg('curl -fsS -u "backup:$BACKUP_PASSWORD" https://files.acme.internal/backups/ping', "env-reference")
    f.add('find /backup -mtime +14 -delete')
    f.write()
