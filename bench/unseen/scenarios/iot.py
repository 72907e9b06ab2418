"""Embedded / IoT firmware: an ESP32 Arduino project with AWS IoT certificates, ESPHome and
Home Assistant configs, a Zephyr sensor, PlatformIO, a LoRaWAN gateway and an MQTT broker."""

import keys
from core import T


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    root = "firmware"
    org = nm.client().split("-")[0]
    ssid = r.choice(["Workshop-2G", "%s-IoT" % org.title(), "BrightBox-7F21", "VM2481153", "Lab_Sensors"])
    wifi_pw = pw.wifi()
    mqtt_user, mqtt_pw = "thermo-node", pw.random(18, "json")
    endpoint = "%s-ats.iot.eu-west-1.amazonaws.com" % t.chars(14, "abcdefghijklmnopqrstuvwxyz0123456789")

    # ------------------------------------------------------------------ secrets.h + example
    F = c.file("%s/thermo-node/include/secrets.h" % root)
    F.write(T("""
        // Local credentials - this file is in .gitignore (it was not, until March)
        #pragma once

        #define WIFI_SSID      "@@ssid@@"
        #define WIFI_PASSWORD  "@@wifi@@"

        #define MQTT_HOST      "mqtt.@@org@@.home"
        #define MQTT_PORT      8883
        #define MQTT_USER      "@@mu@@"
        #define MQTT_PASS      "@@mp@@"

        #define OTA_HOSTNAME   "thermo-node-01"
        #define OTA_PASSWORD   "@@ota@@"
        """, ssid=ssid, wifi=F.s(wifi_pw, "wifi-psk"), org=org, mu=mqtt_user,
        mp=F.s(mqtt_pw, "generic-password"), ota=F.s(pw.human("json"), "generic-password")))

    F = c.file("%s/thermo-node/include/secrets.h.example" % root)
    F.write(T("""
        // Copy to secrets.h and fill in.
        #pragma once
        #define WIFI_SSID      "your-ssid"
        #define WIFI_PASSWORD  "@@p1@@"
        #define MQTT_HOST      "mqtt.example.com"
        #define MQTT_PORT      8883
        #define MQTT_USER      "device"
        #define MQTT_PASS      "@@p2@@"
        #define OTA_HOSTNAME   "thermo-node-01"
        #define OTA_PASSWORD   "@@p3@@"
        """, p1=F.n("your-wifi-password", "placeholder"), p2=F.n("CHANGE_ME", "placeholder"),
        p3=F.n("<ota-password>", "placeholder")))

    F = c.file("%s/thermo-node/src/main.cpp" % root)
    F.write(T("""
        #include <Arduino.h>
        #include <WiFi.h>
        #include <WiFiClientSecure.h>
        #include <PubSubClient.h>
        #include <ArduinoOTA.h>
        #include <Wire.h>
        #include <Adafruit_SHT4x.h>

        #include "secrets.h"
        #include "certs.h"

        static WiFiClientSecure net;
        static PubSubClient mqtt(net);
        static Adafruit_SHT4x sht4;
        static uint32_t lastPublish = 0;
        static const uint32_t PUBLISH_MS = 60UL * 1000UL;

        static void connectWifi() {
          WiFi.mode(WIFI_STA);
          WiFi.setHostname(OTA_HOSTNAME);
          WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
          uint8_t tries = 0;
          while (WiFi.status() != WL_CONNECTED && tries++ < 40) {
            delay(250);
          }
          if (WiFi.status() != WL_CONNECTED) {
            ESP.restart();
          }
        }

        static void connectMqtt() {
          net.setCACert(AWS_ROOT_CA);
          net.setCertificate(AWS_DEVICE_CERT);
          net.setPrivateKey(AWS_DEVICE_KEY);
          mqtt.setServer(AWS_IOT_ENDPOINT, 8883);
          while (!mqtt.connected()) {
            if (!mqtt.connect(OTA_HOSTNAME)) {
              delay(2000);
            }
          }
          mqtt.subscribe("thermo/" OTA_HOSTNAME "/cmd");
        }

        void setup() {
          Serial.begin(115200);
          Wire.begin(21, 22);
          if (!sht4.begin()) {
            Serial.println("SHT4x not found");
          }
          sht4.setPrecision(SHT4X_HIGH_PRECISION);
          connectWifi();
          ArduinoOTA.setHostname(OTA_HOSTNAME);
          ArduinoOTA.setPassword(OTA_PASSWORD);
          ArduinoOTA.begin();
          connectMqtt();
        }

        void loop() {
          ArduinoOTA.handle();
          if (!mqtt.connected()) connectMqtt();
          mqtt.loop();
          if (millis() - lastPublish > PUBLISH_MS) {
            lastPublish = millis();
            sensors_event_t humidity, temp;
            sht4.getEvent(&humidity, &temp);
            char payload[96];
            snprintf(payload, sizeof payload, "{\\"t\\":%.2f,\\"rh\\":%.1f,\\"rssi\\":%d}",
                     temp.temperature, humidity.relative_humidity, WiFi.RSSI());
            mqtt.publish("thermo/" OTA_HOSTNAME "/state", payload, true);
          }
        }
        """))

    # ------------------------------------------------------------------ AWS IoT certificates
    ca = c.rsa()
    dev = c.rsa()
    root_ca = keys.self_signed_cert(ca, ca, "%s IoT Root CA 1" % org.title(), "%s IoT Root CA 1" % org.title(),
                                    r.getrandbits(64), org="%s Devices" % org.title(), ca=True)
    dev_cert = keys.self_signed_cert(dev, ca, "AWS IoT Certificate", "%s IoT Root CA 1" % org.title(),
                                     r.getrandbits(120), not_before="240312094107Z", not_after="491231235959Z")
    dev_key = dev.pem_pkcs1()
    cid = t.hex(64)
    F = c.file("%s/thermo-node/certs/%s-certificate.pem.crt" % (root, cid[:10]))
    F.write(F.n(dev_cert, "certificate", {"type": "x509"}) + "\n")
    F = c.file("%s/thermo-node/certs/%s-private.pem.key" % (root, cid[:10]))
    F.write(F.s(dev_key, "private-key-pem", {"type": "pem"}) + "\n")
    F = c.file("%s/thermo-node/certs/%s-public.pem.key" % (root, cid[:10]))
    F.write(F.n(dev.pem_public(), "public-key", {"type": "pem"}) + "\n")
    F = c.file("%s/thermo-node/certs/RootCA1.pem" % root)
    F.write(F.n(root_ca, "certificate", {"type": "x509"}) + "\n")

    F = c.file("%s/thermo-node/include/certs.h" % root)
    F.write(T("""
        // Generated by tools/embed_certs.py - do not edit
        #pragma once
        #include <pgmspace.h>

        static const char AWS_IOT_ENDPOINT[] = "@@ep@@";

        static const char AWS_ROOT_CA[] PROGMEM = R"EOF(
        @@ca@@
        )EOF";

        static const char AWS_DEVICE_CERT[] PROGMEM = R"KEY(
        @@crt@@
        )KEY";

        static const char AWS_DEVICE_KEY[] PROGMEM = R"KEY(
        @@key@@
        )KEY";
        """, ep=endpoint, ca=F.n(root_ca, "certificate", {"type": "x509"}),
        crt=F.n(dev_cert, "certificate", {"type": "x509"}), key=F.s(dev_key, "private-key-pem", {"type": "pem"})))

    F = c.file("%s/thermo-node/lib/ota/ota_pubkey.h" % root)
    ek = c.ec()
    pt = ek.point()
    rows = ",\n".join("    " + ", ".join("0x%02x" % b for b in pt[i:i + 13]) for i in range(0, len(pt), 13))
    F.write(T("""
        // P-256 public key used to verify signed OTA images (uncompressed point).
        #pragma once
        #include <stdint.h>
        static const uint8_t OTA_SIGNING_PUBKEY[65] = {
        @@rows@@
        };
        static const char OTA_SIGNING_PUBKEY_PEM[] = R"PEM(
        @@pem@@
        )PEM";
        """, rows=rows, pem=F.n(ek.pem_public(), "public-key", {"type": "pem"})))

    # ------------------------------------------------------------------ PlatformIO
    F = c.file("%s/thermo-node/platformio.ini" % root)
    F.write(T("""
        ; PlatformIO Project Configuration File
        ;   https://docs.platformio.org/page/projectconf.html

        [platformio]
        default_envs = esp32dev

        [env]
        platform = espressif32@6.7.0
        framework = arduino
        monitor_speed = 115200
        lib_deps =
            knolleary/PubSubClient@^2.8
            adafruit/Adafruit SHT4x Library@^1.0.4
        build_flags =
            -DCORE_DEBUG_LEVEL=1
            -DFW_VERSION=\\"1.4.2\\"

        [env:esp32dev]
        board = esp32dev
        board_build.partitions = min_spiffs.csv

        [env:esp32dev_ota]
        extends = env:esp32dev
        upload_protocol = espota
        upload_port = thermo-node-01.local
        upload_flags =
            --port=3232
            --auth=@@ota@@

        [env:lab_bench]
        extends = env:esp32dev
        build_flags =
            ${env.build_flags}
            -DWIFI_SSID_OVERRIDE=\\"BenchAP\\"
            -DWIFI_PASS_OVERRIDE=\\"@@bench@@\\"
        """, ota=F.s(pw.human("shell"), "generic-password"), bench=F.s(pw.wifi(), "wifi-psk")))

    F = c.file("%s/thermo-node/test/test_config/test_config.cpp" % root)
    F.write(T("""
        #include <unity.h>
        #include "config_parser.h"

        static const char *CFG = "{\\"ssid\\":\\"TestNet\\",\\"psk\\":\\"@@fake@@\\",\\"interval\\":30}";

        void test_parses_interval(void) {
          Config c;
          TEST_ASSERT_TRUE(parse_config(CFG, &c));
          TEST_ASSERT_EQUAL(30, c.interval);
        }

        void test_rejects_short_psk(void) {
          Config c;
          TEST_ASSERT_FALSE(parse_config("{\\"ssid\\":\\"x\\",\\"psk\\":\\"short\\"}", &c));
        }

        int main(int, char **) {
          UNITY_BEGIN();
          RUN_TEST(test_parses_interval);
          RUN_TEST(test_rejects_short_psk);
          return UNITY_END();
        }
        """, fake=F.n("test-password-123", "test-fixture")))

    c.plain("%s/thermo-node/partitions.csv" % root, T("""
        # Name,   Type, SubType, Offset,  Size, Flags
        nvs,      data, nvs,     0x9000,  0x5000,
        otadata,  data, ota,     0xe000,  0x2000,
        app0,     app,  ota_0,   0x10000, 0x1E0000,
        app1,     app,  ota_1,   0x1F0000,0x1E0000,
        spiffs,   data, spiffs,  0x3D0000,0x30000,
        """))

    # ------------------------------------------------------------------ ESPHome
    F = c.file("%s/esphome/garage-door.yaml" % root)
    F.write(T("""
        esphome:
          name: garage-door
          friendly_name: Garage door

        esp32:
          board: esp32-c3-devkitm-1
          framework:
            type: esp-idf

        logger:

        api:
          encryption:
            key: "@@apikey@@"

        ota:
          - platform: esphome
            password: "@@ota@@"

        wifi:
          ssid: !secret wifi_ssid
          password: @@ref@@
          ap:
            ssid: "Garage-Door Fallback"
            password: "@@ap@@"

        captive_portal:

        switch:
          - platform: gpio
            pin: GPIO4
            id: relay
            name: "Garage door relay"
            restore_mode: ALWAYS_OFF
            on_turn_on:
              - delay: 500ms
              - switch.turn_off: relay

        binary_sensor:
          - platform: gpio
            pin:
              number: GPIO5
              mode: INPUT_PULLUP
              inverted: true
            name: "Garage door closed"
            device_class: garage_door
        """, apikey=F.s(t.esphome_key(), "esphome-api-encryption-key", {"type": "b64len", "n": 32}),
        ota=F.s(t.hex(32), "generic-password"), ref=F.n("!secret wifi_password", "secret-reference"),
        ap=F.s(t.mixed(12), "wifi-psk")))

    F = c.file("%s/esphome/secrets.yaml" % root)
    F.write(T("""
        wifi_ssid: "@@ssid@@"
        wifi_password: "@@wifi@@"
        """, ssid=ssid, wifi=F.s(wifi_pw, "wifi-psk")))

    # ------------------------------------------------------------------ Home Assistant
    ha_token = t.jwt_hs256({"iss": t.hex(32), "iat": r.randint(1700000000, 1720000000),
                            "exp": r.randint(2000000000, 2040000000)})
    F = c.file("%s/homeassistant/secrets.yaml" % root)
    F.write(T("""
        # Use this file to store secrets like usernames and passwords.
        # Learn more at https://www.home-assistant.io/docs/configuration/secrets/
        home_latitude: 51.@@lat@@
        home_longitude: -1.@@lon@@
        mqtt_username: homeassistant
        mqtt_password: "@@mqtt@@"
        influx_token: "@@influx@@"
        nodered_ha_token: "@@ha@@"
        octopus_api_key: "@@oct@@"
        """, lat=r.randint(100000, 999999), lon=r.randint(100000, 999999), mqtt=F.s(pw.any("yaml"), "generic-password"),
        influx=F.s(t.influx(), "influxdb-token"), ha=F.s(ha_token, "jwt", {"type": "jwt"}),
        oct=F.s("sk_live_" + t.mixed(24), "octopus-energy-api-key")))

    F = c.file("%s/homeassistant/configuration.yaml" % root)
    F.write(T("""
        default_config:

        homeassistant:
          name: Home
          latitude: !secret home_latitude
          longitude: !secret home_longitude
          unit_system: metric
          time_zone: Europe/London

        http:
          use_x_forwarded_for: true
          trusted_proxies:
            - 172.30.33.0/24

        influxdb:
          api_version: 2
          host: influx.@@org@@.home
          port: 8086
          ssl: false
          token: @@r1@@
          organization: home
          bucket: homeassistant

        octopus_energy:
          api_key: @@r2@@

        mqtt:
          sensor:
            - name: "Workshop temperature"
              state_topic: "thermo/thermo-node-01/state"
              value_template: "{{ value_json.t }}"
              unit_of_measurement: "°C"
              device_class: temperature

        automation: !include automations.yaml
        script: !include scripts.yaml
        """, org=org, r1=F.n("!secret influx_token", "secret-reference"),
        r2=F.n("!secret octopus_api_key", "secret-reference")))

    # ------------------------------------------------------------------ Zephyr
    F = c.file("%s/zephyr-sensor/prj.conf" % root)
    F.write(T("""
        CONFIG_NETWORKING=y
        CONFIG_NET_IPV4=y
        CONFIG_NET_TCP=y
        CONFIG_NET_SOCKETS=y
        CONFIG_NET_DHCPV4=y
        CONFIG_WIFI=y
        CONFIG_WIFI_CREDENTIALS=y
        CONFIG_WIFI_CREDENTIALS_STATIC=y
        CONFIG_WIFI_CREDENTIALS_STATIC_SSID="@@ssid@@"
        CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="@@wifi@@"
        CONFIG_MQTT_LIB=y
        CONFIG_MQTT_LIB_TLS=y
        CONFIG_APP_MQTT_BROKER_HOSTNAME="mqtt.@@org@@.home"
        CONFIG_APP_MQTT_PASSWORD="@@mqtt@@"
        CONFIG_SENSOR=y
        CONFIG_BME680=y
        CONFIG_LOG=y
        CONFIG_LOG_DEFAULT_LEVEL=3
        CONFIG_MAIN_STACK_SIZE=4096
        """, ssid=ssid, wifi=F.s(wifi_pw, "wifi-psk"), org=org, mqtt=F.s(pw.random(16, "json"), "generic-password")))

    c.plain("%s/zephyr-sensor/Kconfig" % root, T("""
        menu "Sensor application"

        config APP_MQTT_BROKER_HOSTNAME
        	string "MQTT broker hostname"
        	default "mqtt.example.com"

        config APP_MQTT_PASSWORD
        	string "MQTT password"
        	default ""
        	help
        	  Password for the broker. Leave empty to use TLS client certificates.

        config APP_PUBLISH_INTERVAL_S
        	int "Publish interval in seconds"
        	default 60

        endmenu

        source "Kconfig.zephyr"
        """))

    # ------------------------------------------------------------------ LoRaWAN gateway + broker
    F = c.file("%s/gateway/lorawan/devices.csv" % root)
    lines = ["dev_eui,join_eui,app_key,name,profile"]
    for i in range(3):
        lines.append("%s,%s,%s,soil-probe-%02d,EU868-OTAA" % (t.hex(16, upper=True), "70B3D57ED00" + t.hex(5, upper=True),
                                                             F.s(t.hex(32, upper=True), "lorawan-app-key"), i + 1))
    F.write("\n".join(lines) + "\n")

    F = c.file("%s/gateway/lorawan/gateways.json" % root)
    F.write(T("""
        {
          "gateways": [
            {
              "gateway_id": "eui-@@g1l@@",
              "gateway_eui": "@@g1@@",
              "frequency_plan_id": "EU_863_870_TTN",
              "location": {"latitude": 52.2@@la@@, "longitude": 0.1@@lo@@, "altitude": 18}
            }
          ]
        }
        """, g1l="b827ebfffe" + t.hex(6), g1=F.n(t.hex(16, upper=True), "device-identifier"), la=r.randint(1000, 9999),
        lo=r.randint(1000, 9999)))

    F = c.file("%s/gateway/mosquitto/passwd" % root)
    F.write(T("""
        thermo-node:@@h1@@
        homeassistant:@@h2@@
        zephyr-01:@@h3@@
        """, h1=F.n(t.mosquitto_pbkdf2(), "password-hash"), h2=F.n(t.mosquitto_pbkdf2(), "password-hash"),
        h3=F.n(t.mosquitto_pbkdf2(), "password-hash")))

    c.plain("%s/gateway/mosquitto/mosquitto.conf" % root, T("""
        per_listener_settings true

        listener 1883 127.0.0.1
        allow_anonymous true

        listener 8883
        certfile /mosquitto/certs/server.crt
        keyfile /mosquitto/certs/server.key
        cafile /mosquitto/certs/ca.crt
        allow_anonymous false
        password_file /mosquitto/config/passwd
        acl_file /mosquitto/config/acl

        persistence true
        persistence_location /mosquitto/data/
        log_dest stdout
        """))

    F = c.file("%s/gateway/provision.py" % root)
    F.write(T("""
        \"\"\"Register a new sensor on ThingsBoard and print its MQTT credentials.\"\"\"
        import argparse
        import json
        import urllib.request

        TB_URL = "https://tb.@@org@@.home"
        # device token of the gateway itself (used for telemetry about the gateway)
        GATEWAY_ACCESS_TOKEN = "@@tb@@"


        def post(path, body, jwt):
            req = urllib.request.Request(TB_URL + path, data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json",
                                                  "X-Authorization": "Bearer " + jwt})
            with urllib.request.urlopen(req, timeout=10) as resp:
                return json.load(resp)


        def main():
            ap = argparse.ArgumentParser()
            ap.add_argument("name")
            ap.add_argument("--jwt", required=True, help="tenant admin JWT (from the UI)")
            a = ap.parse_args()
            dev = post("/api/device", {"name": a.name, "type": "soil-probe"}, a.jwt)
            print(json.dumps({"id": dev["id"]["id"], "name": dev["name"]}, indent=2))


        if __name__ == "__main__":
            main()
        """, org=org, tb=F.s(t.mixed(20), "generic-api-key")))

    F = c.file("%s/releases/SHA256SUMS" % root)
    F.write(T("""
        @@h1@@  thermo-node-1.4.2.bin
        @@h2@@  garage-door-2024.6.1.bin
        @@h3@@  zephyr-sensor-0.3.0.hex
        """, h1=F.n(t.sha256(), "hash-sha256"), h2=F.n(t.sha256(), "hash-sha256"), h3=F.n(t.sha256(), "hash-sha256")))

    F = c.file("%s/docs/flashing.md" % root)
    F.write(T("""
        # Flashing

        ## USB

        ```sh
        pio run -e esp32dev -t upload
        esptool.py --chip esp32 --port /dev/ttyUSB0 --baud 921600 write_flash 0x10000 .pio/build/esp32dev/firmware.bin
        ```

        ## Over the air

        ```sh
        python espota.py -i thermo-node-01.local -p 3232 --auth=@@ph@@ -f firmware.bin
        ```

        ESPHome devices: `esphome run garage-door.yaml --device garage-door.local`.
        The API encryption key is generated by the dashboard; keep it in `secrets.yaml` if you
        add more devices.
        """, ph=F.n("<ota-password>", "placeholder")))

    # ------------------------------------------------------------------ Git LFS pointers for release binaries
    for name in ("thermo-node-1.4.2.bin", "garage-door-2024.6.1.bin"):
        F = c.file("%s/releases/%s" % (root, name))
        F.write(T("""
            version https://git-lfs.github.com/spec/v1
            oid sha256:@@oid@@
            size @@size@@
            """, oid=F.n(t.sha256(), "hash-sha256"), size=r.randint(900000, 1400000)))
