# Installs what the diagrams (kg draw, /api/diagrams) need to render, from Debian's packages:
# Graphviz (`dot`: role and dependency diagrams as SVG and PNG), rsvg-convert (PNG of the
# hand-drawn SVG diagrams: RACI matrix, swimlane, annual clock) and the DejaVu fonts (å ä ö,
# and the font the SVGs name first, so text measured for layout fits when rendered).
# Sourced by scripts/bootstrap.sh (which defines apt_install); only installs what is missing.

apt_install $(missing_packages graphviz librsvg2-bin fonts-dejavu-core)
