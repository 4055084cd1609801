#include "catrack/toml/doc.hpp"

#include <algorithm>

namespace catrack::toml {

const Node* Node::get(std::string_view name) const {
  // Tables in a diary have a handful of members; a list walk beats a map.
  for (const Node* n = first_child(); n; n = n->next)
    if (n->key == name) return n;
  return nullptr;
}

void Node::append(Node& child) {
  if (children.last) children.last->next = &child;
  else children.first = &child;
  children.last = &child;
  ++size;
}

Doc::Doc() { root_ = &make(Type::table, {1, 1}); }

Node& Doc::make(Type type, Position at) {
  // Chunks that double up to a limit: a one-day diary needs one small
  // allocation, a 50 MB one a few thousand large ones, and nodes never move.
  if (chunks_.empty() || used_ == chunk_size_) {
    chunk_size_ = std::min<std::size_t>(chunk_size_ == 0 ? 64 : chunk_size_ * 2, 16384);
    chunks_.push_back(std::make_unique<Node[]>(chunk_size_));
    used_ = 0;
  }
  Node& node = chunks_.back()[used_++];
  node.type = type;
  node.at = at;
  return node;
}

std::string_view Doc::keep(std::string text) { return strings_.emplace_back(std::move(text)); }

} // namespace catrack::toml
