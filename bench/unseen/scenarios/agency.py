"""A small web agency's shared drive: client sites on WordPress, Laravel, Magento, Drupal and a
Shopify theme, plus the agency's own notes."""

from core import T


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    root = "agency-share"
    c1, c2, c3, c4 = nm.client(), nm.client(), nm.client(), nm.client()
    d1, d2, d3, d4 = nm.domain(c1), nm.domain(c2), nm.domain(c3), nm.domain(c4)
    dbu1 = c1.split("-")[0][:6] + "_wp"

    # ------------------------------------------------------------------ WordPress (live)
    F = c.file("%s/clients/%s/public_html/wp-config.php" % (root, c1))
    salts = {k: F.s(t.wp_salt().strip(), "wordpress-auth-salt") for k in
             ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT",
              "LOGGED_IN_SALT", "NONCE_SALT")}
    F.write(T("""
        <?php
        /**
         * The base configuration for WordPress
         *
         * @link https://wordpress.org/documentation/article/editing-wp-config-php/
         *
         * @package WordPress
         */

        // ** Database settings - You can get this info from your web host ** //
        /** The name of the database for WordPress */
        define( 'DB_NAME', '@@dbname@@' );

        /** Database username */
        define( 'DB_USER', '@@dbuser@@' );

        /** Database password */
        define( 'DB_PASSWORD', '@@dbpw@@' );

        /** Database hostname */
        define( 'DB_HOST', 'localhost:/var/run/mysqld/mysqld.sock' );

        /** Database charset to use in creating database tables. */
        define( 'DB_CHARSET', 'utf8mb4' );

        /** The database collate type. Don't change this if in doubt. */
        define( 'DB_COLLATE', '' );

        /**#@+
         * Authentication unique keys and salts.
         */
        define( 'AUTH_KEY',         '@@AUTH_KEY@@' );
        define( 'SECURE_AUTH_KEY',  '@@SECURE_AUTH_KEY@@' );
        define( 'LOGGED_IN_KEY',    '@@LOGGED_IN_KEY@@' );
        define( 'NONCE_KEY',        '@@NONCE_KEY@@' );
        define( 'AUTH_SALT',        '@@AUTH_SALT@@' );
        define( 'SECURE_AUTH_SALT', '@@SECURE_AUTH_SALT@@' );
        define( 'LOGGED_IN_SALT',   '@@LOGGED_IN_SALT@@' );
        define( 'NONCE_SALT',       '@@NONCE_SALT@@' );
        /**#@-*/

        /* WP Mail SMTP plugin: constants override the settings screen */
        define( 'WPMS_ON', true );
        define( 'WPMS_MAIL_FROM', 'hello@@@d1@@' );
        define( 'WPMS_MAILER', 'smtp' );
        define( 'WPMS_SMTP_HOST', 'smtp.office365.com' );
        define( 'WPMS_SMTP_PORT', 587 );
        define( 'WPMS_SSL', 'tls' );
        define( 'WPMS_SMTP_AUTH', true );
        define( 'WPMS_SMTP_USER', 'hello@@@d1@@' );
        define( 'WPMS_SMTP_PASS', '@@smtppw@@' );

        $table_prefix = 'wp_@@prefix@@_';

        define( 'WP_DEBUG', false );
        define( 'WP_DEBUG_LOG', false );
        define( 'DISALLOW_FILE_EDIT', true );
        define( 'WP_AUTO_UPDATE_CORE', 'minor' );
        define( 'WP_MEMORY_LIMIT', '256M' );

        /* That's all, stop editing! Happy publishing. */

        /** Absolute path to the WordPress directory. */
        if ( ! defined( 'ABSPATH' ) ) {
        	define( 'ABSPATH', __DIR__ . '/' );
        }

        /** Sets up WordPress vars and included files. */
        require_once ABSPATH . 'wp-settings.php';
        """, dbname=dbu1 + "_live", dbuser=dbu1, dbpw=F.s(pw.any("ini").replace("'", ""), "generic-password"),
        d1=d1, smtppw=F.s(pw.human("ini"), "generic-password"), prefix=t.chars(4, "abcdefghjkmnpqrstuvwxyz"),
        **salts))

    # ------------------------------------------------------------------ WordPress (staging copy of the sample)
    F = c.file("%s/clients/%s/staging/wp-config-sample.php" % (root, c2))
    ph = "put your unique phrase here"
    F.write(T("""
        <?php
        // ** Database settings - You can get this info from your web host ** //
        define( 'DB_NAME', 'database_name_here' );
        define( 'DB_USER', 'username_here' );
        define( 'DB_PASSWORD', '@@p0@@' );
        define( 'DB_HOST', 'localhost' );
        define( 'DB_CHARSET', 'utf8' );
        define( 'DB_COLLATE', '' );

        /**
         * Change these to different unique phrases! You can generate these using
         * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
         */
        define( 'AUTH_KEY',         '@@p1@@' );
        define( 'SECURE_AUTH_KEY',  '@@p2@@' );
        define( 'LOGGED_IN_KEY',    '@@p3@@' );
        define( 'NONCE_KEY',        '@@p4@@' );
        define( 'AUTH_SALT',        '@@p5@@' );
        define( 'SECURE_AUTH_SALT', '@@p6@@' );
        define( 'LOGGED_IN_SALT',   '@@p7@@' );
        define( 'NONCE_SALT',       '@@p8@@' );

        $table_prefix = 'wp_';
        define( 'WP_DEBUG', true );
        if ( ! defined( 'ABSPATH' ) ) {
        	define( 'ABSPATH', __DIR__ . '/' );
        }
        require_once ABSPATH . 'wp-settings.php';
        """, p0=F.n("password_here", "placeholder"), p1=F.n(ph, "placeholder"), p2=F.n(ph, "placeholder"),
        p3=F.n(ph, "placeholder"), p4=F.n(ph, "placeholder"), p5=F.n(ph, "placeholder"), p6=F.n(ph, "placeholder"),
        p7=F.n(ph, "placeholder"), p8=F.n(ph, "placeholder")))

    # ------------------------------------------------------------------ Laravel
    app2 = c2.replace("-", "_")
    F = c.file("%s/clients/%s/shop/.env" % (root, c2))
    aws_id, aws_sec = t.aws_id(), t.aws_secret()
    F.write(T("""
        APP_NAME="@@appname@@"
        APP_ENV=production
        APP_KEY=@@appkey@@
        APP_DEBUG=false
        APP_TIMEZONE=Europe/London
        APP_URL=https://@@d2@@

        LOG_CHANNEL=stack
        LOG_STACK=daily
        LOG_LEVEL=warning

        DB_CONNECTION=mysql
        DB_HOST=127.0.0.1
        DB_PORT=3306
        DB_DATABASE=@@app@@
        DB_USERNAME=@@app@@
        DB_PASSWORD=@@dbpw@@

        SESSION_DRIVER=redis
        SESSION_LIFETIME=120
        BROADCAST_CONNECTION=pusher
        FILESYSTEM_DISK=s3
        QUEUE_CONNECTION=redis
        CACHE_STORE=redis

        REDIS_CLIENT=phpredis
        REDIS_HOST=127.0.0.1
        REDIS_PASSWORD=null
        REDIS_PORT=6379

        MAIL_MAILER=mailgun
        MAIL_FROM_ADDRESS="orders@@@d2@@"
        MAIL_FROM_NAME="${APP_NAME}"
        MAILGUN_DOMAIN=mg.@@d2@@
        MAILGUN_SECRET=@@mailgun@@
        MAILGUN_ENDPOINT=api.eu.mailgun.net

        @@awsb@@AWS_ACCESS_KEY_ID=@@awsid@@
        AWS_SECRET_ACCESS_KEY=@@awssec@@@@awse@@
        AWS_DEFAULT_REGION=eu-west-2
        AWS_BUCKET=@@app@@-media
        AWS_USE_PATH_STYLE_ENDPOINT=false

        PUSHER_APP_ID=@@pusherid@@
        PUSHER_APP_KEY=@@pusherkey@@
        PUSHER_APP_SECRET=@@pushersec@@
        PUSHER_APP_CLUSTER=eu

        STRIPE_KEY=@@pk@@
        STRIPE_SECRET=@@sk@@

        VITE_APP_NAME="${APP_NAME}"
        VITE_PUSHER_APP_KEY="${PUSHER_APP_KEY}"
        VITE_PUSHER_APP_CLUSTER="${PUSHER_APP_CLUSTER}"
        """, appname=c2.replace("-", " ").title(), appkey=F.s(t.laravel_key(), "laravel-app-key",
             {"type": "b64len", "n": 32, "strip": "base64:"}),
        d2=d2, app=app2, dbpw=F.s(pw.any("shell"), "generic-password"),
        mailgun=F.s(t.mailgun(), "mailgun-api-key"),
        awsb=F.sb("aws-access-key", [aws_id, aws_sec], {"type": "aws-id", "value": aws_id}), awsid=aws_id,
        awssec=aws_sec, awse=F.e(), pusherid=t.digits(7), pusherkey=F.n(t.hex(20), "public-client-id"),
        pushersec=F.s(t.hex(20), "generic-api-key"),
        pk=F.n(t.stripe("pk_live"), "publishable-key"), sk=F.s(t.stripe("sk_live"), "stripe-secret-key")))

    F = c.file("%s/clients/%s/shop/.env.example" % (root, c2))
    F.write(T("""
        APP_NAME=Laravel
        APP_ENV=local
        APP_KEY=
        APP_DEBUG=true
        APP_URL=http://localhost

        DB_CONNECTION=mysql
        DB_HOST=127.0.0.1
        DB_PORT=3306
        DB_DATABASE=laravel
        DB_USERNAME=root
        DB_PASSWORD=@@p1@@

        MAILGUN_SECRET=@@p2@@
        STRIPE_KEY=
        STRIPE_SECRET=@@p3@@
        PUSHER_APP_SECRET=
        """, p1=F.n("your-db-password", "placeholder"), p2=F.n("key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"),
        p3=F.n("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")))

    F = c.file("%s/clients/%s/shop/config/services.php" % (root, c2))
    F.write(T("""
        <?php

        return [

            'mailgun' => [
                'domain' => env('MAILGUN_DOMAIN'),
                'secret' => @@r1@@,
                'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
                'scheme' => 'https',
            ],

            'stripe' => [
                'key' => env('STRIPE_KEY'),
                'secret' => @@r2@@,
                'webhook' => [
                    'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
                ],
            ],

            'slack' => [
                'notifications' => [
                    'bot_user_oauth_token' => @@r3@@,
                    'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
                ],
            ],

        ];
        """, r1=F.n("env('MAILGUN_SECRET')", "env-reference"), r2=F.n("env('STRIPE_SECRET')", "env-reference"),
        r3=F.n("env('SLACK_BOT_USER_OAUTH_TOKEN')", "env-reference")))

    # ------------------------------------------------------------------ Magento 2
    app3 = c3.replace("-", "_")
    F = c.file("%s/clients/%s/magento/app/etc/env.php" % (root, c3))
    F.write(T("""
        <?php
        return [
            'backend' => [
                'frontName' => 'admin_@@front@@'
            ],
            'remote_storage' => [
                'driver' => 'file'
            ],
            'queue' => [
                'consumers_wait_for_messages' => 1,
                'amqp' => [
                    'host' => 'rabbitmq.internal',
                    'port' => '5672',
                    'user' => 'magento',
                    'password' => '@@amqppw@@',
                    'virtualhost' => '/'
                ]
            ],
            'crypt' => [
                'key' => '@@crypt@@'
            ],
            'db' => [
                'table_prefix' => '',
                'connection' => [
                    'default' => [
                        'host' => 'db.internal',
                        'dbname' => '@@app@@',
                        'username' => '@@app@@',
                        'password' => '@@dbpw@@',
                        'model' => 'mysql4',
                        'engine' => 'innodb',
                        'initStatements' => 'SET NAMES utf8;',
                        'active' => '1',
                        'driver_options' => [
                            1014 => false
                        ]
                    ]
                ]
            ],
            'resource' => [
                'default_setup' => [
                    'connection' => 'default'
                ]
            ],
            'x-frame-options' => 'SAMEORIGIN',
            'MAGE_MODE' => 'production',
            'session' => [
                'save' => 'redis',
                'redis' => [
                    'host' => 'redis.internal',
                    'port' => '6379',
                    'password' => '',
                    'timeout' => '2.5',
                    'database' => '2',
                    'compression_threshold' => '2048',
                    'compression_library' => 'gzip',
                    'log_level' => '1',
                    'max_concurrency' => '6',
                    'break_after_frontend' => '5',
                    'break_after_adminhtml' => '30',
                    'first_lifetime' => '600',
                    'bot_first_lifetime' => '60',
                    'bot_lifetime' => '7200',
                    'disable_locking' => '0',
                    'min_lifetime' => '60',
                    'max_lifetime' => '2592000'
                ]
            ],
            'cache' => [
                'frontend' => [
                    'default' => [
                        'id_prefix' => '@@idp@@_'
                    ],
                    'page_cache' => [
                        'id_prefix' => '@@idp@@_'
                    ]
                ],
                'allow_parallel_generation' => false
            ],
            'lock' => [
                'provider' => 'db'
            ],
            'directories' => [
                'document_root_is_pub' => true
            ],
            'cache_types' => [
                'config' => 1,
                'layout' => 1,
                'block_html' => 1,
                'collections' => 1,
                'reflection' => 1,
                'db_ddl' => 1,
                'eav' => 1,
                'customer_notification' => 1,
                'config_integration' => 1,
                'full_page' => 1,
                'translate' => 1
            ],
            'install' => [
                'date' => 'Tue, 12 Mar 2024 09:41:07 +0000'
            ]
        ];
        """, front=t.chars(6, "abcdefghijkmnpqrstuvwxyz"), amqppw=F.s(pw.random(safe="ini").replace("'", ""),
                                                                     "generic-password"),
        crypt=F.s(t.hex(32), "magento-crypt-key"), app=app3, dbpw=F.s(pw.any("ini"), "generic-password"),
        idp=t.chars(3, "abcdef0123456789")))

    F = c.file("%s/clients/%s/magento/composer.lock" % (root, c3))
    F.write(T("""
        {
            "_readme": [
                "This file locks the dependencies of your project to a known state",
                "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
                "This file is @generated automatically"
            ],
            "content-hash": "@@h0@@",
            "packages": [
                {
                    "name": "colinmollenhour/credis",
                    "version": "v1.16.0",
                    "source": {
                        "type": "git",
                        "url": "https://github.com/colinmollenhour/credis.git",
                        "reference": "@@h1@@"
                    },
                    "dist": {
                        "type": "zip",
                        "url": "https://api.github.com/repos/colinmollenhour/credis/zipball/@@h1b@@",
                        "reference": "@@h1c@@",
                        "shasum": ""
                    },
                    "require": {
                        "php": ">=5.6.0"
                    },
                    "type": "library"
                },
                {
                    "name": "magento/zend-cache",
                    "version": "1.16.0",
                    "source": {
                        "type": "git",
                        "url": "https://github.com/magento/magento-zend-cache.git",
                        "reference": "@@h2@@"
                    },
                    "type": "library"
                }
            ],
            "minimum-stability": "stable",
            "prefer-stable": true
        }
        """, h0=F.n(t.md5(), "hash-md5"), h1=F.n(t.sha1(), "git-sha"), h1b=F.n(t.sha1(), "git-sha"),
        h1c=F.n(t.sha1(), "git-sha"), h2=F.n(t.sha1(), "git-sha")))

    # ------------------------------------------------------------------ Drupal
    app4 = c4.replace("-", "_")
    F = c.file("%s/clients/%s/web/sites/default/settings.php" % (root, c4))
    F.write(T("""
        <?php

        // phpcs:ignoreFile

        /**
         * @file
         * Drupal site-specific configuration file.
         */

        $databases = [];

        $databases['default']['default'] = [
          'database' => '@@app@@',
          'username' => '@@app@@',
          'password' => '@@dbpw@@',
          'prefix' => '',
          'host' => 'mariadb',
          'port' => '3306',
          'isolation_level' => 'READ COMMITTED',
          'driver' => 'mysql',
          'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
          'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
        ];

        /**
         * Salt for one-time login links, cancel links, form tokens, etc.
         */
        $settings['hash_salt'] = '@@salt@@';

        $settings['update_free_access'] = FALSE;
        $settings['container_yamls'][] = $app_root . '/' . $site_path . '/services.yml';
        $settings['file_scan_ignore_directories'] = [
          'node_modules',
          'bower_components',
        ];
        $settings['entity_update_batch_size'] = 50;
        $settings['entity_update_backup'] = TRUE;
        $settings['migrate_node_migrate_type_classic'] = FALSE;
        $settings['config_sync_directory'] = '../config/sync';
        $settings['trusted_host_patterns'] = [
          '^www\\.@@dq@@$',
          '^@@dq@@$',
        ];

        if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
          include $app_root . '/' . $site_path . '/settings.local.php';
        }
        """, app=app4, dbpw=F.s(pw.any("ini"), "generic-password"),
        salt=F.s(t.b64url(41), "drupal-hash-salt"), dq=d4.replace(".", "\\.")))

    F = c.file("%s/clients/%s/web/sites/default/settings.local.php" % (root, c4))
    F.write(T("""
        <?php

        // Local development overrides (DDEV).
        $databases['default']['default']['host'] = 'db';
        $databases['default']['default']['username'] = 'db';
        $databases['default']['default']['password'] = @@ref@@;
        $settings['hash_salt'] = @@ref2@@;
        $config['system.logging']['error_level'] = 'verbose';
        $config['system.performance']['css']['preprocess'] = FALSE;
        $config['system.performance']['js']['preprocess'] = FALSE;
        $settings['cache']['bins']['render'] = 'cache.backend.null';
        $settings['skip_permissions_hardening'] = TRUE;
        """, ref=F.n("getenv('DDEV_DB_PASSWORD')", "env-reference"),
        ref2=F.n("file_get_contents('/var/www/private/salt.txt')", "file-reference")))

    # ------------------------------------------------------------------ Shopify theme kit
    F = c.file("%s/clients/%s/theme/config.yml" % (root, c1))
    store = c1.replace("-", "") + ".myshopify.com"
    F.write(T("""
        # Theme Kit configuration. `theme watch --env=development`
        development:
          password: @@tk@@
          theme_id: "@@tid1@@"
          store: @@store@@
          ignore_files:
            - config/settings_data.json
            - "*.swp"

        production:
          password: @@ref@@
          theme_id: "@@tid2@@"
          store: @@store@@
          readonly: true
          timeout: 60s
        """, tk=F.s(t.shopify("shptka"), "shopify-theme-access-password"), tid1=t.digits(12), tid2=t.digits(12),
        store=store, ref=F.n("${SHOPIFY_PRODUCTION_PASSWORD}", "env-reference")))

    F = c.file("%s/clients/%s/theme/assets/cart-drawer.js" % (root, c1))
    F.write(T("""
        class CartDrawer extends HTMLElement {
          constructor() {
            super();
            this.addEventListener('keyup', (evt) => evt.code === 'Escape' && this.close());
            this.querySelector('#CartDrawer-Overlay').addEventListener('click', this.close.bind(this));
            this.setHeaderCartIconAccessibility();
          }

          setHeaderCartIconAccessibility() {
            const cartLink = document.querySelector('#cart-icon-bubble');
            cartLink.setAttribute('role', 'button');
            cartLink.setAttribute('aria-haspopup', 'dialog');
            cartLink.addEventListener('click', (event) => {
              event.preventDefault();
              this.open(cartLink);
            });
          }

          open(triggeredBy) {
            if (triggeredBy) this.setActiveElement(triggeredBy);
            setTimeout(() => this.classList.add('animate', 'active'));
            document.body.classList.add('overflow-hidden');
          }

          close() {
            this.classList.remove('active');
            document.body.classList.remove('overflow-hidden');
          }

          setActiveElement(element) {
            this.activeElement = element;
          }
        }

        customElements.define('cart-drawer', CartDrawer);
        """))

    # ------------------------------------------------------------------ storefront JS with public keys
    F = c.file("%s/clients/%s/shop/resources/js/checkout.js" % (root, c2))
    F.write(T("""
        import { loadStripe } from '@stripe/stripe-js';
        import algoliasearch from 'algoliasearch/lite';

        // Publishable key: safe to ship to the browser.
        const stripePromise = loadStripe('@@pk@@');

        // Search-only API key (ACL: search), restricted to the products index.
        const searchClient = algoliasearch('@@appid@@', '@@search@@');
        const index = searchClient.initIndex('products_@@env@@');

        window.recaptchaSiteKey = '@@recaptcha@@';

        export async function mountCheckout(el, clientSecretUrl) {
          const stripe = await stripePromise;
          const res = await fetch(clientSecretUrl, { method: 'POST', headers: { 'X-Requested-With': 'XMLHttpRequest' } });
          const { clientSecret } = await res.json();
          const elements = stripe.elements({ clientSecret, appearance: { theme: 'stripe' } });
          const payment = elements.create('payment');
          payment.mount(el);
          return { stripe, elements };
        }

        export function searchProducts(query) {
          return index.search(query, { hitsPerPage: 12, attributesToRetrieve: ['name', 'price', 'url'] });
        }
        """, pk=F.n(t.stripe("pk_live"), "publishable-key"), appid=t.chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        search=F.n(t.algolia_key(), "algolia-search-only-key"), env="prod",
        recaptcha=F.n(t.recaptcha_site(), "recaptcha-site-key")))

    # ------------------------------------------------------------------ Deployer recipe
    F = c.file("%s/clients/%s/deploy.php" % (root, c3))
    F.write(T("""
        <?php
        namespace Deployer;

        require 'recipe/magento2.php';
        require 'contrib/slack.php';

        set('repository', 'git@gitlab.com:@@agency@@/@@c3@@-magento.git');
        set('keep_releases', 4);
        set('magento_themes', ['Magento/luma', '@@vendor@@/default']);
        set('static_content_locales', 'en_GB en_US');
        set('slack_webhook', '@@hook@@');
        set('slack_success_text', 'Deploy to *{{target}}* successful');

        host('production')
            ->setHostname('@@ip@@')
            ->setRemoteUser('deploy')
            ->setDeployPath('/var/www/@@c3@@');

        after('deploy:failed', 'deploy:unlock');
        after('deploy:success', 'slack:notify:success');
        """, agency="pixelfern", c3=c3, vendor=c3.split("-")[0].title(), hook=F.s(t.slack_webhook(), "slack-webhook"),
        ip=nm.ip(False)))

    F = c.file("%s/clients/%s/.gitlab-ci.yml" % (root, c3))
    F.write(T("""
        stages: [build, deploy]

        variables:
          COMPOSER_CACHE_DIR: "$CI_PROJECT_DIR/.composer-cache"

        build:
          stage: build
          image: composer:2
          script:
            - composer install --no-dev --prefer-dist --no-progress
          cache:
            paths: [.composer-cache/]

        deploy_production:
          stage: deploy
          image: deployer/deployer:7
          before_script:
            - eval $(ssh-agent -s)
            - echo "@@ref@@" | tr -d '\\r' | ssh-add -
            - mkdir -p ~/.ssh && chmod 700 ~/.ssh
            - echo "$SSH_KNOWN_HOSTS" > ~/.ssh/known_hosts
          script:
            - dep deploy production -vv
          only: [main]
          when: manual
        """, ref=F.n("$SSH_PRIVATE_KEY", "env-reference")))

    # ------------------------------------------------------------------ htpasswd for staging sites
    F = c.file("%s/clients/%s/staging/.htpasswd" % (root, c2))
    F.write(T("""
        client:@@h1@@
        agency:@@h2@@
        reviewer:@@h3@@
        legacy:@@h4@@
        """, h1=F.n(t.apr1(), "password-hash"), h2=F.n(t.bcrypt(), "password-hash"),
        h3=F.n(t.apr1(), "password-hash"), h4=F.n("{SHA}" + t.b64(20), "password-hash")))

    F = c.file("%s/clients/%s/staging/.htaccess" % (root, c2))
    F.write(T("""
        AuthType Basic
        AuthName "Staging - authorised users only"
        AuthUserFile /var/www/@@c2@@/staging/.htpasswd
        Require valid-user

        <IfModule mod_rewrite.c>
        RewriteEngine On
        RewriteBase /
        RewriteRule ^index\\.php$ - [L]
        RewriteCond %{REQUEST_FILENAME} !-f
        RewriteCond %{REQUEST_FILENAME} !-d
        RewriteRule . /index.php [L]
        </IfModule>
        """, c2=c2))

    # ------------------------------------------------------------------ SQL dump of wp_options / wp_users
    F = c.file("%s/clients/%s/backups/wp_%s_2024-05-02.sql" % (root, c1, c1.split("-")[0]))
    pfx = "wp_"
    mc = t.mailchimp()
    F.write(T("""
        -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
        --
        -- Host: localhost    Database: @@db@@
        -- ------------------------------------------------------
        /*!40101 SET NAMES utf8mb4 */;

        LOCK TABLES `@@p@@options` WRITE;
        INSERT INTO `@@p@@options` VALUES (1,'siteurl','https://@@d1@@','yes');
        INSERT INTO `@@p@@options` VALUES (2,'home','https://@@d1@@','yes');
        INSERT INTO `@@p@@options` VALUES (3,'blogname','@@blog@@','yes');
        INSERT INTO `@@p@@options` VALUES (6,'admin_email','web@@@d1@@','yes');
        INSERT INTO `@@p@@options` VALUES (412,'mc4wp','a:2:{s:7:\\"api_key\\";s:@@mclen@@:\\"@@mc@@\\";s:19:\\"allow_usage_tracking\\";i:0;}','yes');
        INSERT INTO `@@p@@options` VALUES (530,'template','kadence','yes');
        UNLOCK TABLES;

        LOCK TABLES `@@p@@users` WRITE;
        INSERT INTO `@@p@@users` VALUES (1,'agencyadmin','@@u1@@','agencyadmin','dev@pixelfern.studio','','2021-02-11 10:21:44','',0,'Agency Admin');
        INSERT INTO `@@p@@users` VALUES (2,'@@owner@@','@@u2@@','@@owner@@','owner@@@d1@@','','2021-02-12 08:03:10','',0,'@@ownername@@');
        INSERT INTO `@@p@@users` VALUES (3,'shopstaff','@@u3@@','shopstaff','staff@@@d1@@','','2023-09-30 14:45:02','',0,'Shop Staff');
        UNLOCK TABLES;
        """, db=dbu1 + "_live", p=pfx, d1=d1, blog=c1.replace("-", " ").title(), mc=F.s(mc, "mailchimp-api-key"), mclen=len(mc),
        u1=F.n(t.phpass(), "password-hash"), u2=F.n(t.phpass(), "password-hash"), u3=F.n(t.phpass(), "password-hash"),
        owner=c1.split("-")[0], ownername=" ".join(x.title() for x in nm.person())))

    # ------------------------------------------------------------------ agency notes
    F = c.file("%s/internal/hosting-logins.txt" % root)
    f1, l1 = nm.person()
    F.write(T("""
        HOSTING / CLIENT ACCESS  (keep this file on the NAS only)
        =========================================================

        @@c1@@
          host: SiteGround, cPanel user @@cpu@@
          cpanel password: @@cp@@
          wp-admin: agencyadmin (password in the vault, entry "@@c1@@ wp")

        @@c2@@
          host: Hetzner cloud CX22, ssh as deploy with the agency key
          forge: server provisioned via Laravel Forge, API token in Forge account settings
          sftp for the client's photographer: @@sftp@@

        @@c3@@
          host: Nexcess managed Magento
          admin: /admin_xxxx (see env.php), 2FA via Google Authenticator on the office phone
          MySQL from the office IP only

        @@c4@@
          host: Pantheon, dashboard login is SSO
          contact: @@f1@@ @@l1@@ (they still send passwords by email, ask them to use the share link)

        Registrar (all clients): Namecheap, account pixelfern, password @@reg@@

        Office wifi: SSID "Pixelfern-Studio", key printed under the router
        """, c1=c1, c2=c2, c3=c3, c4=c4, cpu=c1.split("-")[0][:8],
        cp=F.s(pw.human(), "generic-password"),
        sftp=F.s("sftp://photos:%s@%s:22/uploads" % (pw.random(safe="uri"), d2), "credential-uri"),
        f1=f1.title(), l1=l1.title(), reg=F.s(pw.passphrase(), "generic-password")))

    F = c.file("%s/internal/README.md" % root)
    F.write(T("""
        # Pixelfern shared drive

        Client folders live under `clients/<client>/`. Each one mirrors what is deployed, minus
        `vendor/`, `node_modules/` and uploads.

        ## Conventions

        - Never commit `.env` files to the client repositories; copy them here instead.
        - Staging sites sit behind HTTP basic auth (`.htpasswd` next to the site).
        - Passwords for client portals go into Bitwarden, collection **Clients**.
        - When a client leaves, archive the folder to `archive/<year>/` and rotate the shared
          credentials. The last rotation for the Magento shop was logged as
          `password: @@red@@` in the change log.

        ## Tools

        | Tool | Use |
        |------|-----|
        | Local by Flywheel | WordPress development |
        | DDEV | Drupal / Magento development |
        | Theme Kit | Shopify themes (`theme watch`) |
        | Deployer | Magento and Laravel deploys |
        """, red=F.n("********", "redacted")))
