[#-- README.md of the project `gantry init` starts: how to run it, in the commands the user types. --]
# [=c.name]

The [=c.name] application ([=c.framework.label()]). Its environments ([=c.environments?join(", ")]) are described once, in
[environment.yaml](environment.yaml); Gantry generates the Dockerfile, the compose files, `./dk` and
[#if c.continuousDelivery()]
the CI workflows under `.github/workflows/` from it, and they are committed with it.
[#else]
the rest from it, and they are committed with it.
[/#if]
The application's code is in `app/`; nginx serves `app/[=c.framework.documentRoot()]/` with
`docker/nginx/default.conf.template`.

## Run it

With Docker (and docker-compose) and [Gantry](https://github.com/gantry-dev/gantry) installed:

```sh
[#if skeleton?has_content]
# once, while app/ is empty: [=c.framework.label()]'s installer makes the application there
[/#if]
[#list skeleton as line]
[=line]
[/#list]
gantry generate            # after each change of environment.yaml; commit what it writes
cp .env.example .env       # once; then replace each change-me in .env
./dk build && ./dk start
```

Then open <http://localhost:8080/>[#if c.httpCache != "none"] (<http://localhost:8000/> through the HTTP cache)[/#if][#if c.complete() && c.environments?seq_contains("dev")]; mail the application sends is at <http://localhost:8025/>[/#if].
The first start installs the Composer packages into `app/vendor/` (`./dk logs app` shows it).

`./dk help` lists the other commands: `./dk logs`, `./dk shell app`, `./dk stop`, ...

## Xdebug

Xdebug is in the dev image, off. Set `XDEBUG_MODE=debug` in `.env` and run `./dk start`; your
IDE listens on port 9003 and maps `app/` to `/var/www/app`. `XDEBUG_MODE=off` switches it off again.
