# The site behind nginx, in a container: Node builds it (pages, Pagefind index, .br/.gz files,
# the nginx configuration), the official nginx image serves it.
#
#   docker build -t competenties .
#   docker run --rm -p 8080:8080 competenties                 # http://localhost:8080/
#
# Under a sub-path (https://example.org/competenties/):
#   docker build -t competenties --build-arg BASE_PATH=/competenties/ --build-arg SITE_URL=https://example.org .
#
# The official image has no brotli module, so it sends the .gz files (gzip_static); the .br files
# are used by an nginx with ngx_brotli (see README, Deployment). Put TLS in front of it (HSTS is
# only honoured over HTTPS).

FROM node:24-bookworm-slim AS build
WORKDIR /site
ARG BASE_PATH=/
ARG SITE_URL=https://competenties.example.org
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN BASE_PATH="$BASE_PATH" SITE_URL="$SITE_URL" npm run build \
 && BASE_PATH="$BASE_PATH" npm run nginx:config -- --root /usr/share/nginx/html --listen 8080 --brotli off --out /site/nginx-site.conf

FROM nginx:1.28-bookworm
ARG BASE_PATH=/
# The image's nginx.conf includes conf.d/*.conf inside `http { }`, with its mime.types.
RUN rm -rf /usr/share/nginx/html/* /etc/nginx/conf.d/default.conf
COPY --from=build /site/nginx-site.conf /etc/nginx/conf.d/competenties.conf
COPY --from=build /site/dist/ /usr/share/nginx/html${BASE_PATH}
EXPOSE 8080
