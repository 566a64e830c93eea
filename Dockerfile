# syntax=docker/dockerfile:1
# The TreatyGraph API: built with the .NET 10 SDK, run on the ASP.NET Core runtime as a non-root user.
# docker compose builds it (see docker-compose.yml and docs/neo4j.md); on its own:
#   docker build -t treatygraph-api . && docker run -p 8080:8080 treatygraph-api   # embedded SQLite store

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# npm installs the pages' browser libraries at build time (src/TreatyGraph.Api/ClientApp), so the pages work offline.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
# Restore first, from the project files alone, so that a code change does not re-download packages.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/TreatyGraph.Core/TreatyGraph.Core.csproj src/TreatyGraph.Core/
COPY src/TreatyGraph.Ingestion/TreatyGraph.Ingestion.csproj src/TreatyGraph.Ingestion/
COPY src/TreatyGraph.Exports/TreatyGraph.Exports.csproj src/TreatyGraph.Exports/
COPY src/TreatyGraph.Storage.Sqlite/TreatyGraph.Storage.Sqlite.csproj src/TreatyGraph.Storage.Sqlite/
COPY src/TreatyGraph.Storage.Neo4j/TreatyGraph.Storage.Neo4j.csproj src/TreatyGraph.Storage.Neo4j/
COPY src/TreatyGraph.Api/TreatyGraph.Api.csproj src/TreatyGraph.Api/
RUN dotnet restore src/TreatyGraph.Api/TreatyGraph.Api.csproj
COPY src/ src/
RUN dotnet publish src/TreatyGraph.Api/TreatyGraph.Api.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The seed graph, found by walking up from the app's directory (Seed:Path).
COPY seed-data/ ./seed-data/
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1 \
    Sqlite__Path=/app/data/treatygraph.db
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
# APP_UID is the unprivileged "app" user the .NET images ship.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "TreatyGraph.Api.dll"]
