NAME="x"
