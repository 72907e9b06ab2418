"""trading-bots/: a small crypto trading operation: freqtrade and hummingbot configs, CCXT
credentials for several exchanges, Coinbase CDP keys, on-chain bots (Infura, Alchemy,
Etherscan, deployer keys), wallets (keystore v3, paper wallet WIF, Hardhat's public test key),
Telegram/Discord notifiers, a research notebook, a Telegram chat export and histories."""

import json

import nkeys
from nframe import jdump, kv, esc_json_pem
from themes.common import sentence, neutral, history, filler

HARDHAT0_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
HARDHAT0_ADDR = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E
    tg = g.telegram()
    chat_id = "-100" + g.num(10)

    # ---------------------------------------------------------------- freqtrade
    bk, bs = g.binance()
    t.add("freqtrade/user_data/config.json", "{\n" + f"""  "max_open_trades": 5,
  "stake_currency": "USDT",
  "dry_run": false,
  "exchange": {{
    "name": "binance",
    {B('s', 'binance-api-credentials')}"key": "{A(bk, 'id')}",
    "secret": "{A(bs)}",{E()}
    "pair_whitelist": ["BTC/USDT", "ETH/USDT", "SOL/USDT"]
  }},
  "telegram": {{
    "enabled": true,
    "token": "{S(tg, 'telegram-bot-token')}",
    "chat_id": "{chat_id}"
  }},
  "api_server": {{
    "enabled": true,
    "listen_ip_address": "127.0.0.1",
    "jwt_secret_key": "{S(g.hexkey(32), 'hmac-secret')}",
    "ws_token": "{S(g.b64(24, url=True, pad=False), 'api-key-generic')}",
    "username": "freqtrader",
    "password": "{S(g.pw(), 'generic-password')}"
  }}
""" + "}\n")
    t.add("freqtrade/user_data/config-dryrun.json", jdump({"dry_run": True, "exchange": {"name": "binance", "key": "", "secret": ""},
                                                          "telegram": {"enabled": False, "token": N("your_telegram_token", 'placeholder'),
                                                                       "chat_id": N("your_telegram_chat_id", 'placeholder')}}))
    t.add("hummingbot/conf/connectors/binance.yml", f"""connector: binance
binance_api_key: {N(g.hexs(128), 'encrypted-blob')}
binance_api_secret: {N(g.hexs(128), 'encrypted-blob')}
""")
    t.add("hummingbot/conf/conf_client.yml", "instance_id: %s\nkill_switch_mode: {}\nautofill_import: disabled\n" % N(g.hexs(40), 'resource-identifier'))

    # ---------------------------------------------------------------- CCXT / exchanges
    ccxt = {}
    blocks = []
    for ex in ("kraken", "bybit", "kucoin", "okx"):
        if ex == "kraken":
            k_, s_ = g.kraken()
            cat, chk = 'kraken-api-credentials', 'b64-64'
        else:
            k_, s_ = g.s(24 if ex != "bybit" else 18), g.s(32 if ex != "bybit" else 36)
            cat, chk = {'bybit': 'bybit-api-credentials', 'kucoin': 'kucoin-api-credentials', 'okx': 'api-key-generic'}[ex], None
        extra = ""
        if ex in ("kucoin", "okx"):
            extra = ',\n    "password": "%s"' % A(g.pw(safe=True))
        blocks.append(f'  "{ex}": {{\n    {B("s", cat)}"apiKey": "{A(k_, "id")}",\n    "secret": "{A(s_, chk)}"{extra}{E()}\n  }}')
    t.add("bots/shared/ccxt-credentials.json", "{\n" + ",\n".join(blocks) + "\n}\n")
    cdp = K.ec()
    org, kid = g.uuid(), g.uuid()
    t.add("bots/grid-bot/.env", f"""EXCHANGE=coinbase
{B('s', 'coinbase-cdp-key')}COINBASE_API_KEY_NAME=organizations/{A(org, 'id')}/apiKeys/{kid}
COINBASE_API_PRIVATE_KEY="{A(esc_json_pem(cdp.pem_sec1()), 'pem-json')}"{E()}
GRID_LEVELS=24
GRID_SPACING_PCT=0.35
""")
    t.add("bots/grid-bot/cdp_api_key.json", "{\n" + f"""   {B('s', 'coinbase-cdp-key')}"name": "organizations/{A(g.uuid(), 'id')}/apiKeys/{g.uuid()}",
   "privateKey": "{A(esc_json_pem(K.ec().pem_sec1()), 'pem-json')}"{E()}
""" + "}\n")

    # ---------------------------------------------------------------- on-chain
    ipid, isec = g.infura()
    dep = K.k1()
    dep_hex = "0x" + nkeys.i2b(dep.d, 32).hex()
    dep_addr = nkeys.eth_address(dep)
    alch = g.alchemy()
    t.add("bots/arb/config.yaml", f"""network: mainnet
rpc:
  primary: https://eth-mainnet.g.alchemy.com/v2/{S(alch, 'alchemy-api-key')}
  fallback: https://mainnet.infura.io/v3/{ipid}
infura:
  {B('s', 'infura-credentials')}project_id: {A(ipid, 'id')}
  project_secret: {A(isec)}{E()}
etherscan_api_key: {S(g.etherscan(), 'etherscan-api-key')}
wallet:
  address: "{N(dep_addr, 'wallet-address', 'eth-addr')}"
  private_key_env: ARB_PRIVATE_KEY
min_profit_bps: 12
""")
    t.add("bots/arb/.env", f"ARB_PRIVATE_KEY={S(dep_hex, 'eth-private-key', 'eth-key')}\nMEV_RELAY=https://relay.flashbots.net\n")
    t.add("contracts/hardhat.config.js", f"""require("@nomicfoundation/hardhat-toolbox");

module.exports = {{
  solidity: "0.8.24",
  networks: {{
    hardhat: {{}},
    localhost: {{
      // Hardhat's built-in account #0 - public test key, never funded on mainnet
      accounts: ["{N(HARDHAT0_KEY, 'well-known-default', 'eth-key')}"],
    }},
    mainnet: {{
      url: process.env.MAINNET_RPC,
      accounts: [{N('process.env.DEPLOYER_KEY', 'env-reference')}],
    }},
  }},
  etherscan: {{ apiKey: process.env.ETHERSCAN_KEY }},
}};
""")
    dk2 = K.k1()
    t.add("contracts/.env", f"DEPLOYER_KEY={S(nkeys.i2b(dk2.d, 32).hex(), 'eth-private-key', 'eth-key')}\nMAINNET_RPC=https://eth-mainnet.g.alchemy.com/v2/{S(g.alchemy(), 'alchemy-api-key')}\nETHERSCAN_KEY={S(g.etherscan(), 'etherscan-api-key')}\n")
    t.add("contracts/deployments/mainnet.json", jdump({"Vault": {"address": N(g.eth_address_random(), 'wallet-address', 'eth-addr'),
                                                                 "tx": N("0x" + g.sha256(), 'resource-identifier'), "block": g.r.randint(19000000, 20000000)},
                                                       "Router": {"address": N(g.eth_address_random(), 'wallet-address', 'eth-addr'),
                                                                  "tx": N("0x" + g.sha256(), 'resource-identifier')},
                                                       "deployer": N(nkeys.eth_address(dk2), 'wallet-address', 'eth-addr')}))
    t.add("contracts/foundry.toml", f"""[profile.default]
src = "src"
out = "out"
[etherscan]
mainnet = {{ key = "{N('${ETHERSCAN_KEY}', 'env-reference')}" }}
[rpc_endpoints]
mainnet = "${{MAINNET_RPC}}"
""")

    # ---------------------------------------------------------------- wallets
    ks_addr = g.eth_address_random()
    t.add("wallets/keystore/UTC--2024-02-11T09-14-55.123Z--%s" % ks_addr[2:].lower(), "{" + f"""{B('n', 'keystore-ciphertext')}"address":"{A(ks_addr[2:].lower())}","crypto":{{"cipher":"aes-128-ctr","ciphertext":"{A(g.hexs(64))}","cipherparams":{{"iv":"{g.hexs(32)}"}},"kdf":"scrypt","kdfparams":{{"dklen":32,"n":262144,"p":1,"r":8,"salt":"{g.hexs(64)}"}},"mac":"{g.hexs(64)}"}},"id":"{g.uuid()}","version":3{E()}""" + "}\n")
    pk = K.k1()
    t.add("wallets/cold/paper-wallet.txt", f"""PAPER WALLET - print and delete
created offline 2023-11-02

Private key (WIF, compressed):
{S(nkeys.wif(pk), 'wif-private-key', 'wif')}
""")
    t.add("wallets/README.md", f"""# Wallets

* Hot wallet for the arb bot: `{N(dep_addr, 'wallet-address', 'eth-addr')}` (key in `bots/arb/.env` - move to KMS!)
* Hardhat account #0 `{N(HARDHAT0_ADDR, 'wallet-address', 'eth-addr')}` is the public test account; never send funds to it.
* Keystores are scrypt-encrypted; the passphrase is in 1Password (`{N('op://Trading/keystore/password', 'secret-manager-reference')}`).
""")

    # ---------------------------------------------------------------- notifiers / infra
    t.add("notify/telegram_alerts.py", f"""import requests

BOT_TOKEN = "{S(g.telegram(), 'telegram-bot-token')}"
CHAT_ID = "{chat_id}"


def send(msg):
    requests.post(f"https://api.telegram.org/bot{{BOT_TOKEN}}/sendMessage", json={{"chat_id": CHAT_ID, "text": msg}})
""")
    t.add("notify/discord.py", f'WEBHOOK = "{S(g.discord_webhook(), "discord-webhook")}"\n')
    ts_pw = g.pw(safe=True)
    t.add("infra/docker-compose.yml", f"""services:
  timescale:
    image: timescale/timescaledb:2.14.2-pg16
    environment:
      POSTGRES_PASSWORD: {S(ts_pw, 'generic-password')}
  grafana:
    image: grafana/grafana:10.4.1
    environment:
      GF_SECURITY_ADMIN_PASSWORD: {S(g.pw(), 'generic-password')}
  freqtrade:
    image: freqtradeorg/freqtrade:stable@sha256:{N(g.sha256(), 'integrity-hash')}
    volumes: ["./user_data:/freqtrade/user_data"]
""")
    t.add("infra/.pgpass", f"localhost:5432:market:trader:{S(ts_pw, 'pgpass-password')}\nvps01:5432:*:readonly:{S(g.pw(safe=True), 'pgpass-password')}\n")
    bt = []
    for k in range(4):
        bt.append({"strategy": g.pick(["GridV2", "MeanRev", "Breakout"]), "hash": N(g.md5(), 'hash-md5'),
                   "profit_pct": round(g.r.uniform(-5, 40), 2)})
    t.add("backtests/results/summary.json", jdump(bt))

    # ---------------------------------------------------------------- notebook / prose
    nb_key, nb_sec = g.binance()
    cell = ["import ccxt\n", "ex = ccxt.binance({\n", "    'apiKey': '%s',\n" % (B('s', 'binance-api-credentials') + A(nb_key, 'id')),
            "    'secret': '%s',\n" % (A(nb_sec) + E()), "})\n", "ex.fetch_balance()['USDT']"]
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
        {"output_type": "execute_result", "data": {"text/plain": ["{'free': 1520.4, 'used': 300.0, 'total': 1820.4}"]}, "metadata": {}, "execution_count": 3}],
        "source": cell}], "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    t.add("research/funding-rates.ipynb", jdump(nb, indent=1))
    msgs = [{"id": 1000 + k, "type": "message", "date": "2024-03-%02dT%02d:%02d:00" % (k + 1, g.r.randint(0, 23), g.r.randint(0, 59)),
             "from": g.first(), "text": m} for k, m in enumerate([
                 neutral(g, "the grid bot"), "bybit key / secret for the shared account: " + B('s', 'bybit-api-credentials') + A(g.s(18), 'id') + " / " + A(g.s(36)) + E(), "vps root password is " + S(g.pw(), 'password-in-prose'),
                 neutral(g, "freqtrade"), "address for the fee refund: " + N(g.eth_address_random(), 'wallet-address', 'eth-addr')])]
    t.add("notes/telegram-export/result.json", jdump({"name": "desk", "type": "private_group", "messages": msgs}))
    h = filler(g, 3, "freqtrade", "vps01") + [
        "freqtrade trade --config user_data/config.json --strategy GridV2",
        "cast wallet address --private-key %s" % S("0x" + nkeys.i2b(K.k1().d, 32).hex(), 'eth-private-key', 'eth-key'),
        "curl -s https://api.telegram.org/bot%s/getUpdates" % S(tg, 'telegram-bot-token'),
        "psql postgresql://trader:%s@localhost/market" % S(ts_pw, 'password-in-history'),
        "cast balance %s" % N(dep_addr, 'wallet-address', 'eth-addr')] + filler(g, 3, "grafana", "vps01")
    history(t, "home/trader/.bash_history", h)
